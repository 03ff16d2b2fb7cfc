/** The door of renderer/customers/: what other features may use of it. Anything else here is private to the feature. */
export { CustomerSection, type NewCustomer } from './CustomerSection.js';
export { Phones, usePhoneFormat } from './Phone.js';
export { CustomerEdit } from './CustomerEdit.js';
export { Customers } from './Customers.js';
export { useCustomers } from './store.js';
