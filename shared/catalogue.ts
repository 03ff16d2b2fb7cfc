import type { Language } from './platform/common.js';
import type { CatalogueKey } from './platform/i18n/types.js';
import { platformTexts } from './platform/i18n/index.js';
import { appTexts } from './app/i18n/index.js';
import { sessionTexts } from './session/i18n/index.js';
import { staffTexts } from './staff/i18n/index.js';
import { ordersTexts } from './orders/i18n/index.js';
import { customersTexts } from './customers/i18n/index.js';
import { devicesTexts } from './devices/i18n/index.js';
import { documentsTexts } from './documents/i18n/index.js';
import { settingsTexts } from './settings/i18n/index.js';
import { rulesTexts } from './rules/i18n/index.js';
import { warrantyTexts } from './warranty/i18n/index.js';
import { registryTexts } from './registry/i18n/index.js';
import { historyTexts } from './history/i18n/index.js';
import { loansTexts } from './loans/i18n/index.js';
import { partsTexts } from './parts/i18n/index.js';
import { claimsTexts } from './claims/i18n/index.js';
import { defectsTexts } from './defects/i18n/index.js';
import { analyticsTexts } from './analytics/i18n/index.js';
import { shipmentsTexts } from './shipments/i18n/index.js';
import { dataTexts } from './data/i18n/index.js';
import { paymentsTexts } from './payments/i18n/index.js';
import { reportsTexts } from './reports/i18n/index.js';
import { notificationsTexts } from './notifications/i18n/index.js';
import { networkTexts } from './network/i18n/index.js';
import { visitsTexts } from './visits/i18n/index.js';
import { contractsTexts } from './contracts/i18n/index.js';

const features = [
  platformTexts,
  appTexts,
  sessionTexts,
  staffTexts,
  ordersTexts,
  customersTexts,
  devicesTexts,
  documentsTexts,
  settingsTexts,
  rulesTexts,
  warrantyTexts,
  registryTexts,
  historyTexts,
  loansTexts,
  partsTexts,
  claimsTexts,
  defectsTexts,
  analyticsTexts,
  shipmentsTexts,
  dataTexts,
  paymentsTexts,
  reportsTexts,
  notificationsTexts,
  networkTexts,
  visitsTexts,
  contractsTexts,
] as const;

type Feature = (typeof features)[number];
type Intersection<U> = (U extends unknown ? (part: U) => void : never) extends (part: infer All) => void ? All : never;
type Merged<L extends Language> = Intersection<Feature[L]>;

function merge<L extends Language>(language: L): Merged<L> {
  const merged: Record<string, unknown> = {};
  for (const feature of features) {
    for (const [section, texts] of Object.entries(feature[language])) {
      if (section in merged) throw new Error(`Two features declare the catalogue section "${section}"`);
      merged[section] = texts;
    }
  }
  return merged as Merged<L>;
}

/**
 * The one catalogue of strings, for the screens and the printed documents alike: each feature declares its
 * sections in shared/<feature>/i18n/{en,ru,he}.ts, and no two features share a section. These are i18next
 * resources (one namespace); plural families carry each language's forms (`_one`, `_few`, `_many`, `_other`).
 */
export const catalogue = { en: merge('en'), ru: merge('ru'), he: merge('he') };

export type Catalogue = (typeof catalogue)['en'];
/** A key of the catalogue as code writes it (`'loanAct.issueTitle'`, `'orders.total'` for a plural family). */
export type TextKey = CatalogueKey<Catalogue>;

/** The catalogue as i18next resources. */
export const resources = {
  en: { translation: catalogue.en },
  ru: { translation: catalogue.ru },
  he: { translation: catalogue.he },
};
