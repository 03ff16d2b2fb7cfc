/** The door of renderer/registry/: what other features may use of it. Anything else here is private to the feature. */
export { ModelsSection } from './ModelsSection.js';
export { Registry, toBase64 } from './Registry.js';
