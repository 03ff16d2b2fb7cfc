import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Language } from '../../shared/platform/common.js';
import { formatDate } from '../app/i18n/index.js';
import { printDocument, useOrder } from './orderStore.js';
import { signedInMember, useDocumentLanguage, useSession } from '../session/index.js';
import { printCompletionAct, printOrderLabel } from './orderDocumentsStore.js';
import { ConditionActForm } from './ConditionActForm.js';
import { DocumentLanguageSelect } from '../documents/index.js';

/** The work is finished: a completion act can be issued. */
const COMPLETED = ['ready', 'issued', 'unrepairable'];

/** Print the order's documents in any document language; every issued document can be printed again, unchanged. */
export function OrderDocuments() {
  const { t } = useTranslation();
  const { view, documents, printIntakeAct, printRepairCertificate } = useOrder();
  const { language } = useSession();
  // The member's own default document language, else the workshop's.
  const documentLanguage = useDocumentLanguage();
  const [docLanguage, setDocLanguage] = useState<Language>(documentLanguage);
  return (
    <div className="card">
      <h2>{t('order.documents')}</h2>
      <div className="row">
        <DocumentLanguageSelect value={docLanguage} onChange={setDocLanguage} />
        <button type="button" className="primary" onClick={() => void printIntakeAct(docLanguage)}>
          {t('order.printIntakeAct')}
        </button>
        <button type="button" onClick={() => void printOrderLabel(docLanguage)}>
          {t('documents.label')}
        </button>
        {view && COMPLETED.includes(view.order.status) && (
          <button type="button" onClick={() => void printCompletionAct(docLanguage)}>
            {t('documents.completionAct')}
          </button>
        )}
        {view?.order.status === 'issued' && (
          <button type="button" onClick={() => void printRepairCertificate(docLanguage)}>
            {t('order.printRepairCertificate')}
          </button>
        )}
      </div>
      {/* Findings are a technician's or a manager's to state and sign. */}
      {signedInMember()?.role !== 'clerk' && <ConditionActForm language={docLanguage} />}
      <ul className="documents">
        {documents.map((d) => (
          <li key={d.id}>
            <button type="button" className="link" onClick={() => void printDocument(d)}>
              {d.number} · {t(`documents.settings.kinds.${d.kind}`, { defaultValue: d.kind })} · {t(`languages.${d.language}`)} · {formatDate(d.issuedAt, language, true)}
              {d.revision ? ` · ${t('corrections.version', { revision: d.revision })}` : ''}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
