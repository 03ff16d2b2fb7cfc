/** The door of shared/registry/: what other features may use of it. Anything else here is private to the feature. */
export { ProductModel } from './productModel.js';
export { type ColumnMapping, readRegistryRow, REGISTRY_FIELDS, type RegistryRow, suggestMapping } from './registry.js';
