/** The door of electron/customers/: what other features may use of it. Anything else here is private to the feature. */
export { customerHandlers, customerMatches, liveCustomer, newCustomer, phoneCountry } from './customers.js';
export { normalizeStoredPhones } from './phoneMigration.js';
