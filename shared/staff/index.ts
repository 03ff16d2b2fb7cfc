/** The door of shared/staff/: what other features may use of it. Anything else here is private to the feature. */
export { SessionInput, SessionOutput, SignInInput, SignInOutput, StaffMember, type StaffRecord, type StaffRole } from './schemas.js';
export { PERMISSIONS, type Permission, may, rolesFor } from './permissions.js';
