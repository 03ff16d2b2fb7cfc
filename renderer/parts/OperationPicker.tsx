import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabourOperation } from '../../shared/parts/labour.js';
import { api } from '../app/api/index.js';

/** Pick a work line from the workshop's price list: name, price and warranty come with it. */
export function OperationPicker({ onPick }: { onPick(operation: LabourOperation): void }) {
  const { t } = useTranslation();
  const [operations, setOperations] = useState<LabourOperation[]>([]);
  useEffect(() => {
    void api()
      .call('parts.labour.list', {})
      .then((result) => setOperations(result.ok ? result.value : []));
  }, []);
  if (!operations.length) return null;
  return (
    <select
      aria-label={t('parts.labour.pick')}
      value=""
      onChange={(e) => {
        const picked = operations.find((o) => o.id === e.target.value);
        if (picked) onPick(picked);
      }}
    >
      <option value="">{t('parts.labour.pick')}</option>
      {operations.map((o) => (
        <option key={o.id} value={o.id}>
          {[o.code, o.name].filter(Boolean).join(' · ')}
        </option>
      ))}
    </select>
  );
}
