/** The door of electron/session/: what other features may use of it. Anything else here is private to the feature. */
export { checkPin, derivePinHash, PIN_HASH_COST, type PinHashCost, type PinHasher, pinHasher, SessionTable } from './sessions.js';
export { PIN_VAULT_FILE, PinVault } from './pinVault.js';
