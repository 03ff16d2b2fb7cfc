/** The door of renderer/settings/: what other features may use of it. Anything else here is private to the feature. */
export { SettingsScreen } from './SettingsScreen.js';
export { SetupChecklist } from './SetupChecklist.js';
