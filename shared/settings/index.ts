/** The door of shared/settings/: what other features may use of it. Anything else here is private to the feature. */
export { AbsolutePath, type Settings, type WorkshopProfile } from './schemas.js';
