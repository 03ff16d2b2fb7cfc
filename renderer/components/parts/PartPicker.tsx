import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartRow } from '../../../shared/schemas/part.js';
import { api } from '../../api/index.js';

/** Search the catalogue by SKU, name or compatible model (the device's model first), and pick a part for a line. */
export function PartPicker({ model, onPick }: { model: string; onPick(part: PartRow): void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<PartRow[]>();

  async function search(text: string) {
    setQuery(text);
    const result = await api().call('parts.list', { query: text || model, limit: 20 });
    setFound(result.ok ? result.value : []);
  }
  return (
    <div className="part-picker">
      <div className="row">
        <input
          type="search"
          aria-label={t('parts.pick')}
          placeholder={t('parts.pickHint')}
          value={query}
          onFocus={() => found ?? void search(query)}
          onChange={(e) => void search(e.target.value)}
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
