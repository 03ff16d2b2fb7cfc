/** The door of renderer/parts/: what other features may use of it. Anything else here is private to the feature. */
export { partsEn, partsErrorsEn } from './i18nEn.js';
export { partsErrorsHe, partsHe } from './i18nHe.js';
export { partsErrorsRu, partsRu } from './i18nRu.js';
export { OperationPicker } from './OperationPicker.js';
export { OrderParts } from './OrderParts.js';
export { PartPicker } from './PartPicker.js';
export { Parts } from './Parts.js';
export { PartsArrivedNotice } from './PartsArrivedNotice.js';
