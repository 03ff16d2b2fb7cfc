/** The door of renderer/parts/: what other features may use of it. Anything else here is private to the feature. */
export { OperationPicker } from './OperationPicker.js';
export { OrderParts } from './OrderParts.js';
export { PartPicker } from './PartPicker.js';
export { Parts, showPriceList } from './Parts.js';
export { PartsArrivedNotice } from './PartsArrivedNotice.js';
