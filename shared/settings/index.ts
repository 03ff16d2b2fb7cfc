/** The door of shared/settings/: what other features may use of it. Anything else here is private to the feature. */
export { AbsolutePath, type Settings, type WorkshopProfile } from './schemas.js';
export { SETUP_STEPS, type SetupStep, setupChecklist, type SetupOutput } from './setup.js';
