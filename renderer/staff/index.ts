/** The door of renderer/staff/: what other features may use of it. Anything else here is private to the feature. */
export { StaffScreen } from './StaffScreen.js';
