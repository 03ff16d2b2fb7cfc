/** The door of electron/registry/: what other features may use of it. Anything else here is private to the feature. */
export { findModel, modelHandlers } from './models.js';
export { customerPhones, knownDevice, registryHandlers } from './registry.js';
export { isXlsx, readRegistryFile } from './registryFile.js';
export { analyseRegistryFile, type RegistryAnalysis } from './registryAnalysis.js';
