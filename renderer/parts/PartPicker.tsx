import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartRow } from '../../shared/parts/schemas.js';
import { api } from '../app/api/index.js';
import { useSuggestions } from '../app/Suggestions.js';

/**
 * Search the catalogue by SKU, name or compatible model (the device's model first), and pick a part for a line.
 * After a pick the box is empty and keeps the focus, for the next part.
 */
export function PartPicker({ model, onPick }: { model: string; onPick(part: PartRow): void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<PartRow[]>();
  const latest = useRef({ sequence: 0, timer: undefined as ReturnType<typeof setTimeout> | undefined });
  const suggestions = useSuggestions({
    items: found ?? [],
    itemKey: (p) => p.id,
    label: t('intake.found', { count: found?.length ?? 0 }),
    optionProps: (p) => ({ 'data-pick': p.sku }),
    renderItem: (p) => (
      <>
        <span className="mono">{p.sku}</span> · {p.name} · {t('parts.availableShort', { quantity: p.stock.available, unit: t(`parts.units.${p.unit}`) })}
      </>
    ),
    onPick: (p) => {
      onPick(p);
      setQuery('');
      // The list for the device's model again, for the next part (ArrowDown opens it).
      void lookUp('');
    },
    empty: found?.length === 0 ? t('parts.nothingFound') : undefined,
  });

  async function lookUp(text: string) {
    const mine = ++latest.current.sequence;
    const result = await api().call('parts.list', { query: text || model, limit: 20 });
    // Answers can come back out of order: only the newest search is shown.
    if (mine === latest.current.sequence) setFound(result.ok ? result.value : []);
  }

  /** The search follows 50 ms after the last keystroke. */
  function search(text: string) {
    setQuery(text);
    clearTimeout(latest.current.timer);
    latest.current.timer = setTimeout(() => void lookUp(text), 50);
  }
  return (
    <div className="part-picker">
      <div className="row">
        <div className="suggest">
          <input
            type="search"
            aria-label={t('parts.pick')}
            placeholder={t('parts.pickHint')}
            {...suggestions.input}
            value={query}
            onFocus={(event) => {
              suggestions.input.onFocus(event);
              if (!found) void lookUp(query);
            }}
            onChange={(e) => search(e.target.value)}
          />
          {suggestions.list}
        </div>
      </div>
    </div>
  );
}
