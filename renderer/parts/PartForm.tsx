import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseMoney } from '../../shared/platform/money.js';
import { PART_UNITS, type PartUnit } from '../../shared/parts/stock.js';
import type { PartRow } from '../../shared/parts/schemas.js';
import { useParts } from './store.js';
import { Field, fieldsUnder } from '../app/Field.js';
import { moneyInput, parseQuantity } from './quantity.js';
import { MoneyInput } from '../app/MoneyInput.js';

const draftOf = (part?: PartRow) => ({
  sku: part?.sku ?? '',
  name: part?.name ?? '',
  compatibleModels: part?.compatibleModels.join(', ') ?? '',
  unit: part?.unit ?? ('pcs' as PartUnit),
  cost: moneyInput(part?.cost),
  price: moneyInput(part?.price),
  supplierId: part?.supplierId ?? '',
  manufacturerId: part?.manufacturerId ?? '',
  warrantyDays: String(part?.warrantyDays ?? 90),
  minStock: String(part?.minStock ?? 0),
  allowNegative: part?.allowNegative ?? false,
  active: part?.active ?? true,
});

/** Add a part to the catalogue, or edit one. */
export function PartForm({ part, onDone }: { part?: PartRow; onDone(): void }) {
  const { t } = useTranslation();
  const { error, counterparties, savePart } = useParts();
  const [draft, setDraft] = useState(() => draftOf(part));
  const errors = fieldsUnder(error);
  const set = (key: keyof typeof draft) => (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value });
  const money = (text: string) => parseMoney(text || '0') ?? -1;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await savePart({
      id: part?.id,
      sku: draft.sku,
      name: draft.name,
      compatibleModels: draft.compatibleModels.split(/[,;\n]/).map((m) => m.trim()).filter(Boolean),
      unit: draft.unit,
      cost: money(draft.cost),
      price: money(draft.price),
      supplierId: draft.supplierId,
      manufacturerId: draft.manufacturerId,
      warrantyDays: parseQuantity(draft.warrantyDays),
      minStock: parseQuantity(draft.minStock),
      allowNegative: draft.allowNegative,
      active: draft.active,
    });
    if (saved) onDone();
  }
  const firms = (kind: 'supplier' | 'manufacturer') => counterparties.filter((c) => c.kinds.includes(kind));

  return (
    <form className="card grid part-form" onSubmit={submit} aria-label={part ? t('parts.editPart') : t('parts.newPart')}>
      <h2 className="field wide">{part ? t('parts.editPart') : t('parts.newPart')}</h2>
      <Field label={t('parts.sku')} error={errors.sku}>
        <input className="mono" dir="ltr" value={draft.sku} onChange={set('sku')} />
      </Field>
      <Field label={t('parts.name')} error={errors.name}>
        <input value={draft.name} onChange={set('name')} />
      </Field>
      <Field label={t('parts.compatibleModels')} error={errors.compatibleModels}>
        <input value={draft.compatibleModels} onChange={set('compatibleModels')} />
      </Field>
      <Field label={t('parts.unit')} error={errors.unit}>
        <select value={draft.unit} onChange={set('unit')}>
          {PART_UNITS.map((u) => (
            <option key={u} value={u}>
              {t(`parts.units.${u}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('parts.cost')} error={errors.cost && 'invalid_amount'}>
        <MoneyInput value={draft.cost} onChange={set('cost')} />
      </Field>
      <Field label={t('parts.price')} error={errors.price && 'invalid_amount'}>
        <MoneyInput value={draft.price} onChange={set('price')} />
      </Field>
      <Field label={t('parts.supplier')} error={errors.supplierId}>
        <select value={draft.supplierId} onChange={set('supplierId')}>
          <option value="">{t('common.none')}</option>
          {firms('supplier').map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('parts.manufacturer')} error={errors.manufacturerId}>
        <select value={draft.manufacturerId} onChange={set('manufacturerId')}>
          <option value="">{t('common.none')}</option>
          {firms('manufacturer').map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('order.warrantyDays')} error={errors.warrantyDays}>
        <input inputMode="numeric" value={draft.warrantyDays} onChange={set('warrantyDays')} />
      </Field>
      <Field label={t('parts.minStock')} error={errors.minStock}>
        <input inputMode="decimal" value={draft.minStock} onChange={set('minStock')} />
      </Field>
      <label className="check">
        <input type="checkbox" checked={draft.allowNegative} onChange={(e) => setDraft({ ...draft, allowNegative: e.target.checked })} />
        {t('parts.allowNegative')}
      </label>
      <label className="check">
        <input type="checkbox" checked={draft.active} onChange={(e) => setDraft({ ...draft, active: e.target.checked })} />
        {t('parts.labour.active')}
      </label>
      <div className="row field wide">
        <button type="submit" className="primary">
          {part ? t('common.save') : t('parts.add')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
