import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssuedDocument } from '../../shared/documents/index.js';
import type { OrderView } from '../../shared/orders/index.js';
import { formatDate } from '../app/i18n/index.js';
import { useDocumentLanguage, useSession } from '../session/index.js';
import { OrderPhotos } from './OrderPhotos.js';
import { OrderUnlock } from './OrderUnlock.js';
import { SignatureDialog } from './SignatureDialog.js';
import { useEvidence } from './store.js';

/**
 * What the order keeps of the unit's condition and the customer's word: photos, the customer's signature of the
 * intake act on screen, the unlock code. `onSigned` gets the act issued with the signature (to open and print it).
 */
export function OrderEvidence({ view, onSigned }: { view: OrderView; onSigned(document: IssuedDocument): void }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const documentLanguage = useDocumentLanguage();
  const { evidence, load } = useEvidence();
  const [signing, setSigning] = useState(false);
  const { order } = view;
  useEffect(() => {
    void load(order.id);
  }, [order.id, order.updatedAt, load]);
  const closed = order.status === 'issued';
  const signatures = (evidence?.signatures ?? []).filter((s) => s.act === 'intake_act');

  return (
    <div className="card evidence">
      <OrderPhotos closed={closed} />
      <section className="evidence-signature" aria-labelledby="signature-title">
        <h3 id="signature-title">{t('evidence.signature.title')}</h3>
        {signatures.length === 0 && <p className="muted">{t('evidence.signature.unsigned')}</p>}
        {signatures.map((signature) => (
          <p key={signature.id} data-signed>
            {t('evidence.signature.signed', { date: formatDate(signature.signedAt, language, true), method: t(`evidence.signature.method.${signature.method}`) })}
          </p>
        ))}
        <button type="button" className="primary" onClick={() => setSigning(true)}>
          {t('evidence.signature.signIntake')}
        </button>
      </section>
      <OrderUnlock closed={closed} />
      {signing && (
        <SignatureDialog
          language={view.customer.notifyLanguage ?? documentLanguage}
          customerName={view.customer.name}
          onClose={() => setSigning(false)}
          onSigned={(document) => {
            setSigning(false);
            onSigned(document);
          }}
        />
      )}
    </div>
  );
}
