/** The door of shared/customers/: what other features may use of it. Anything else here is private to the feature. */
export { PROFILE_COUNTRY, displayPhone, normalizePhone, phoneMatches, phoneQueryKeys, phoneSearchKeys, workshopCountry } from './phone.js';
export { CUSTOMER_FIELDS, Customer, CustomerFields } from './schemas.js';
