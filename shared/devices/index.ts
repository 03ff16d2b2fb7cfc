/** The door of shared/devices/: what other features may use of it. Anything else here is private to the feature. */
export { imeiCheckDigit, imeiProblem } from './imei.js';
export { DEVICE_IDENTITY_FIELDS, DEVICE_WARRANTY_FIELDS, Device, DeviceFields, VOID_REASONS, WarrantyUnvoidInput, WarrantyVoidInput } from './schemas.js';
