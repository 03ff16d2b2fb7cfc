/** The door of renderer/defects/: what other features may use of it. Anything else here is private to the feature. */
export { DefectCatalogueSection } from './DefectCatalogueSection.js';
export { DefectCodesPicker } from './DefectCodesPicker.js';
export { defectLabel, useCatalogue, useDefects } from './store.js';
