/** The door of electron/session/: what other features may use of it. Anything else here is private to the feature. */
export { checkPin, derivePinHash, SessionTable } from './sessions.js';
export { PIN_VAULT_FILE, PinVault } from './pinVault.js';
