import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartRow } from '../../shared/parts/schemas.js';
import { api } from '../app/api/index.js';

/** Search the catalogue by SKU, name or compatible model (the device's model first), and pick a part for a line. */
export function PartPicker({ model, onPick }: { model: string; onPick(part: PartRow): void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<PartRow[]>();
  const latest = useRef({ sequence: 0, timer: undefined as ReturnType<typeof setTimeout> | undefined });

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
        <input
          type="search"
          aria-label={t('parts.pick')}
          placeholder={t('parts.pickHint')}
          value={query}
          onFocus={() => found ?? void lookUp(query)}
          onChange={(e) => search(e.target.value)}
        />
      </div>
      {found && (
        <div className="matches">
          {found.map((p) => (
            <button
              key={p.id}
              type="button"
              className="match"
              data-pick={p.sku}
              onClick={() => {
                onPick(p);
                setFound(undefined);
                setQuery('');
              }}
            >
              <span className="mono">{p.sku}</span> · {p.name} · {t('parts.availableShort', { quantity: p.stock.available, unit: t(`parts.units.${p.unit}`) })}
            </button>
          ))}
          {found.length === 0 && <span className="muted">{t('parts.nothingFound')}</span>}
        </div>
      )}
    </div>
  );
}
