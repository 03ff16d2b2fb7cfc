/** The door of renderer/devices/: what other features may use of it. Anything else here is private to the feature. */
export { DeviceSection, EMPTY_DEVICE, type NewDevice } from './DeviceSection.js';
export { DeviceEdit } from './DeviceEdit.js';
