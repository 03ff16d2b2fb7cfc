import type { ProfileId } from './profiles.js';

/** A label of the workshop's registration numbers (`rules.registration.<label>` in the catalogue). */
export type RegistrationLabel = 'inn' | 'ogrn' | 'vatDealer' | 'ilCompany' | 'vatNumber' | 'companyNumber' | 'taxId';

export interface RegistrationLabels {
  /** The label of the workshop's tax number (`WorkshopProfile.taxId`) on its documents. */
  taxId: { label: RegistrationLabel; source: string };
  /** The label put before a registration number typed as a bare number (`WorkshopProfile.registration`). */
  registration?: { label: RegistrationLabel; source: string };
}

/**
 * What a workshop's registration numbers are called where it works, with the rule that makes a business print them:
 * "ИНН" is a Russian taxpayer's number, never an Israeli company's.
 */
export const REGISTRATION_LABELS: Record<ProfileId, RegistrationLabels> = {
  ru: {
    taxId: { label: 'inn', source: 'RF Tax Code Art. 84 p. 7 (the taxpayer identification number, ИНН)' },
    registration: {
      label: 'ogrn',
      source: 'RF Law No. 2300-1 Art. 9 and Federal Law No. 129-FZ of 08.08.2001 Art. 5 (the primary state registration number, ОГРН)',
    },
  },
  il: {
    taxId: { label: 'vatDealer', source: 'Israel, Value Added Tax Law 5736-1975 (the registered dealer\'s number, ע.מ., on a tax invoice)' },
    registration: { label: 'ilCompany', source: 'Israel, Companies Law 5759-1999 (the company\'s registration number, ח.פ.)' },
  },
  eu: {
    taxId: { label: 'vatNumber', source: 'Council Directive 2006/112/EC Art. 226(3) (the supplier\'s VAT identification number on an invoice)' },
    registration: { label: 'companyNumber', source: 'Directive (EU) 2017/1132 Art. 26 (the register and the company\'s number on its letters and order forms)' },
  },
  uk: {
    taxId: { label: 'vatNumber', source: 'UK Value Added Tax Regulations 1995 reg. 14(1) (the supplier\'s VAT registration number on a VAT invoice)' },
    registration: {
      label: 'companyNumber',
      source: 'UK Company, Limited Liability Partnership and Business (Names and Trading Disclosures) Regulations 2015 reg. 25 (the registered number)',
    },
  },
  custom: { taxId: { label: 'taxId', source: 'set by the workshop' } },
};
