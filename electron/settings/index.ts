/** The door of electron/settings/: what other features may use of it. Anything else here is private to the feature. */
export { currentSettings, settingsHandlers, updateSettings } from './settings.js';
export { letterheadProfile, workshopLogoHandlers } from './workshopLogo.js';
