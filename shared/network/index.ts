/** The door of shared/network/: what other features may use of it. */
export { networkChannels } from './channels.js';
export {
  HubDatabase,
  HubUrl,
  NetworkConfigInput,
  NetworkConflict,
  NetworkProblem,
  NetworkStatus,
  RefusedDocument,
  SiteCode,
  SiteIdentity,
} from './schemas.js';
export { decide, OWNED_COLLECTIONS, type Decision, type RecordVersion } from './conflicts.js';
