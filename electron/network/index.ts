/** The door of electron/network/: what other features may use of it. Anything else here is private to the feature. */
export { Network, networkHandlers, networkOf } from './network.js';
export { Replicator, type ReplicatorOptions } from './replicator.js';
export { credentialsFile } from './credentials.js';
export { hubDesignDocument } from './hubDesign.js';
export { REPLICATED } from './hubDocs.js';
