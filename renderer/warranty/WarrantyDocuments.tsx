import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/platform/common.js';
import type { WarrantyCard } from '../../shared/warranty/schemas.js';
import { useDocumentLanguage } from '../session/index.js';
import { useWarranty } from './store.js';
import { DocumentLanguageSelect } from '../documents/index.js';

/** Print the unit's warranty certificate, or the void notice, in any document language. */
export function WarrantyDocuments({ card }: { card: WarrantyCard }) {
  const { t } = useTranslation();
  const printForDevice = useWarranty((s) => s.printForDevice);
  // The member's own default document language, else the workshop's.
  const documentLanguage = useDocumentLanguage();
  const [language, setLanguage] = useState<Language>(documentLanguage);
  return (
    <div className="row">
      <DocumentLanguageSelect value={language} onChange={setLanguage} />
      {card.device.voided ? (
        <button type="button" onClick={() => void printForDevice('voidNotice', card.device.id, language)}>
          {t('warranty.printVoidNotice')}
        </button>
      ) : (
        <button type="button" onClick={() => void printForDevice('certificate', card.device.id, language)}>
          {t('warranty.printCertificate')}
        </button>
      )}
    </div>
  );
}
