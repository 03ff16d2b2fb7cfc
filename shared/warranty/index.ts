/** The door of shared/warranty/: what other features may use of it. Anything else here is private to the feature. */
export { EffectiveProfileOutput, RegistryFileInput, RegistryImportInput, RegistryImportResult, RegistryPreview, RuleOverrides, WarrantyCard } from './schemas.js';
export { type BasisStep, checkWarranty, lineWarrantyEnd, type WarrantyAnswer, type WarrantyOrder } from './warranty.js';
export { basisText } from './warrantyText.js';
