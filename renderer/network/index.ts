/** The door of renderer/network/: what other features may use of it. */
export { NetworkSection } from './NetworkSection.js';
