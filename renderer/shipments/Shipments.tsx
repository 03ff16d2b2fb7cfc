import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/platform/common.js';
import type { ShipmentRow } from '../../shared/shipments/schemas.js';
import { DocumentLanguageSelect } from '../documents/index.js';
import { ErrorBanner, Field, fieldsUnder } from '../app/Field.js';
import { StatusBadge } from '../orders/index.js';
import { formatDate } from '../app/i18n/index.js';
import { useDocumentLanguage, useSession } from '../session/index.js';
import { useShipments } from './store.js';

const EMPTY = { serviceCentre: '', address: '', note: '' };

/** Devices sent to external service centres in shipments: sending several orders at once, receiving them back. */
export function Shipments() {
  const { t } = useTranslation();
  const { open, showAll, setShowAll, sendable, error, load, send } = useShipments();
  // The member's own default document language, else the workshop's.
  const documentLanguage = useDocumentLanguage();
  const [docLanguage, setDocLanguage] = useState<Language>(documentLanguage);
  const [draft, setDraft] = useState(EMPTY);
  const [picked, setPicked] = useState<string[]>([]);
  useEffect(() => {
    void load();
  }, [load]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await send({ ...draft, orderIds: picked }, docLanguage)) {
      setDraft(EMPTY);
      setPicked([]);
    }
  }
  const errors = fieldsUnder(error);
  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value });
  const toggle = (id: string) => setPicked(picked.includes(id) ? picked.filter((p) => p !== id) : [...picked, id]);

  return (
    <section className="shipments">
      <h1>{t('shipments.title')}</h1>
      <ErrorBanner error={error} />
      <DocumentLanguageSelect value={docLanguage} onChange={setDocLanguage} />
      <h2>{t('shipments.open')}</h2>
      <label className="check">
        <input type="checkbox" checked={showAll} onChange={(e) => void setShowAll(e.target.checked)} />
        {t('shipments.showAll')}
      </label>
      {open.length ? open.map((row) => <OpenShipment key={row.shipment.id} row={row} language={docLanguage} />) : <p className="muted">{t('shipments.none')}</p>}

      <form className="card" onSubmit={(e) => void submit(e)}>
        <h2>{t('shipments.newShipment')}</h2>
        <div className="grid">
          <Field label={t('shipments.serviceCentre')} error={errors.serviceCentre}>
            <input value={draft.serviceCentre} onChange={set('serviceCentre')} />
          </Field>
          <Field label={t('shipments.address')} error={errors.address}>
            <input value={draft.address} onChange={set('address')} />
          </Field>
          <Field label={t('shipments.note')} error={errors.note}>
            <input value={draft.note} onChange={set('note')} />
          </Field>
        </div>
        <fieldset>
          <legend>{t('shipments.pick')}</legend>
          {sendable.length === 0 && <p className="muted">{t('shipments.noneToSend')}</p>}
          {sendable.map((o) => (
            <label key={o.id} className="check">
              <input type="checkbox" checked={picked.includes(o.id)} onChange={() => toggle(o.id)} />
              <span className="mono">{o.number}</span> · <bdi>{o.customerName}</bdi> · <bdi>{o.device}</bdi> <StatusBadge status={o.status} />
            </label>
          ))}
        </fieldset>
        <div className="row">
          <button type="submit" className="primary" disabled={!picked.length}>
            {t('shipments.send')}
          </button>
        </div>
      </form>
    </section>
  );
}

function OpenShipment({ row, language }: { row: ShipmentRow; language: Language }) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useSession();
  const { receive, printWaybill } = useShipments();
  const [to, setTo] = useState<'in_repair' | 'ready'>('in_repair');
  const { shipment } = row;
  const out = row.orders.filter((o) => !shipment.items.find((i) => i.orderId === o.id)?.receivedBackAt);
  return (
    <div className="card shipment" data-shipment={shipment.number}>
      <h3>
        <span className="mono">{shipment.number}</span> {uiLanguage === 'he' ? '←' : '→'} <bdi>{shipment.serviceCentre}</bdi>{' '}
        <span className="badge">{t(`shipments.statuses.${shipment.status}`)}</span>
      </h3>
      <p className="muted">{t('shipments.sent', { date: formatDate(shipment.sentAt, uiLanguage, true) })}</p>
      <ul>
        {row.orders.map((o) => (
          <li key={o.id}>
            <span className="mono">{o.number}</span> · <bdi>{o.customerName}</bdi> · <bdi>{o.device}</bdi>{' '}
            {out.includes(o) ? (
              <button type="button" onClick={() => void receive(shipment.id, [o.id], to, language)}>
                {t('shipments.receive')}
              </button>
            ) : (
              <span className="badge">{t('shipments.statuses.returned')}</span>
            )}
          </li>
        ))}
      </ul>
      <div className="row">
        {out.length > 0 && (
          <>
            <label className="compact">
              <span>{t('shipments.receivedTo')}</span>
              <select aria-label={t('shipments.receivedTo')} value={to} onChange={(e) => setTo(e.target.value as 'in_repair' | 'ready')}>
                <option value="in_repair">{t('status.in_repair')}</option>
                <option value="ready">{t('status.ready')}</option>
              </select>
            </label>
            <button type="button" onClick={() => void receive(shipment.id, out.map((o) => o.id), to, language)}>
              {t('shipments.receiveAll')}
            </button>
          </>
        )}
        <button type="button" onClick={() => void printWaybill(shipment.id, 'out', language)}>
          {t('shipments.printOut')}
        </button>
        {shipment.status !== 'sent' && (
          <button type="button" onClick={() => void printWaybill(shipment.id, 'back', language)}>
            {t('shipments.printBack')}
          </button>
        )}
      </div>
    </div>
  );
}
