import { OWNED_COLLECTIONS } from '../../shared/network/index.js';

/**
 * The hub's validate_doc_update: CouchDB runs it on every write (replicated ones too) with the writing user. The
 * administrator writes anything; a site's user (role "site", named by its site code) writes as itself only:
 * - the document says the site that wrote it, and it is this user;
 * - a new record belongs to the site that makes it, and a record's owner never changes;
 * - records of the owned collections (orders, loans, claims, the stock ledger) are written by their owner only;
 *   the shared ones (customers, devices, defect codes) by any site, as itself;
 * - only a record's owner closes (deletes) a version of it; design documents are the administrator's.
 * Plain ES5, as CouchDB's JavaScript engine takes it. docs/network/hub-design.json is this document as uploaded.
 */
const VALIDATE = `function (newDoc, oldDoc, userCtx) {
  if (userCtx.roles.indexOf('_admin') !== -1) return;
  if (userCtx.roles.indexOf('site') === -1) throw ({ forbidden: 'Only the sites of the network write here.' });
  var site = userCtx.name;
  var owned = ${JSON.stringify([...OWNED_COLLECTIONS].sort())};
  if (newDoc._id.indexOf('_design/') === 0) throw ({ forbidden: 'Design documents are the administrator\\'s.' });
  if (newDoc.site !== site) throw ({ forbidden: 'A site writes as itself: ' + newDoc.site + ' is not ' + site + '.' });
  var live = oldDoc && !oldDoc._deleted;
  if (live && newDoc.owner !== oldDoc.owner) throw ({ forbidden: 'The owner of a record does not change.' });
  if (newDoc._deleted) {
    if (live && oldDoc.owner !== site) throw ({ forbidden: 'Only the owner of a record closes a version of it.' });
    return;
  }
  if (!live && newDoc.owner !== site) throw ({ forbidden: 'A new record belongs to the site that makes it.' });
  if (typeof newDoc.collection !== 'string' || !newDoc.record || typeof newDoc.record.id !== 'string') throw ({ forbidden: 'Not a record of the network.' });
  if (newDoc._id !== newDoc.collection + ':' + newDoc.record.id) throw ({ forbidden: 'The id is not the collection and the record id.' });
  if (typeof newDoc.changedAt !== 'string') throw ({ forbidden: 'A record says when it was changed.' });
  if (owned.indexOf(newDoc.collection) !== -1 && newDoc.owner !== site) throw ({ forbidden: 'Only ' + newDoc.owner + ' changes its ' + newDoc.collection + '.' });
}`;

/** The design document to put on the hub's database as _design/network. */
export function hubDesignDocument(): { _id: string; language: string; validate_doc_update: string } {
  return { _id: '_design/network', language: 'javascript', validate_doc_update: VALIDATE };
}
