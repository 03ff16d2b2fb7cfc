/** The door of electron/devices/: what other features may use of it. Anything else here is private to the feature. */
export { deviceHandlers, devicesByCode, newDevice, openOrderOfDevice } from './devices.js';
