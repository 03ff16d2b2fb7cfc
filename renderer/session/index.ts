/** The door of renderer/session/: what other features may use of it. Anything else here is private to the feature. */
export { RoleNote, useMay } from './RoleNote.js';
export { ChoosePin, SignIn } from './SignIn.js';
export { signedInMember, useDocumentLanguage, useSession, type View } from './store.js';
export { MyPreferences } from './MyPreferences.js';
