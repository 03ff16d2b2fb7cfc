/** The door of renderer/warranty/: what other features may use of it. Anything else here is private to the feature. */
export { Expiring } from './Expiring.js';
export { WarrantyCheck } from './WarrantyCheck.js';
export { WarrantyHint } from './WarrantyHint.js';
