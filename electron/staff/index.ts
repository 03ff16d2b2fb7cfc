/** The door of electron/staff/: what other features may use of it. Anything else here is private to the feature. */
export { createStaff, movePinHashesToVault, staffHandlers } from './staff.js';
