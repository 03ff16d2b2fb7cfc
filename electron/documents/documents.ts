import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeFileDurably } from '../platform/store/durableWrite.js';
import { DomainError } from '../../shared/platform/result.js';
import type { Language } from '../../shared/platform/common.js';
import { DEFAULT_NUMBER_FORMAT, DEFAULT_SITE_NUMBER_FORMAT, KIND_PREFIX, formatNumber, sequenceOf } from '../../shared/documents/numbering.js';
import type { DocumentKind, IssuedDocument } from '../../shared/documents/schemas.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { fsyncFolder } from '../platform/store/durableJsonFile.js';
import type { ServiceContext } from '../platform/context.js';
import { currentSettings } from '../settings/index.js';

export interface DocumentRequest {
  kind: IssuedDocument['kind'];
  actorId: string;
  language: Language;
  orderId?: string;
  deviceId?: string;
  loanId?: string;
  claimId?: string;
  orderIds?: string[];
  shipmentId?: string;
  visitId?: string;
  staffId?: string;
  fingerprint?: string;
  /**
   * A document that is corrected rather than replaced (the intake act): a changed fingerprint makes a new version
   * with the same number, and `render` is told which version it is and when it was made.
   */
  revisable?: boolean;
  /** A4 or an 80 mm roll: another paper is another version of the same document (same number). */
  paper?: IssuedDocument['paper'];
  render(number: string, issuedAt: Date, version?: DocumentVersion): Promise<Uint8Array>;
}

/** A corrected version of a document: its place among the versions (2, 3...) and when it was made. */
export interface DocumentVersion {
  revision: number;
  correctedAt: Date;
}

/**
 * Issue a document once and keep it. The same subject (order or device) keeps one number across languages; each
 * language version is rendered once, so a reprint gives the very document that was signed. A changed fingerprint
 * (e.g. a new warranty end) makes a new document. The number comes from the documents already issued, and the
 * record is written only after its PDF is durable: a failed print neither uses up nor reuses a number.
 */
export function issue(ctx: ServiceContext, request: DocumentRequest): Promise<IssuedDocument> {
  return ctx.store.documentsExclusive(() => issueAlone(ctx, request));
}

/**
 * Gather what a document shows under the store's lock (checks and reads that must see one state), then number,
 * render and store it under the documents' own lock, so that rendering never holds up intakes and status changes.
 * `gather` must read everything the render needs: the render runs after the store's lock is released.
 */
export async function issueGathered(ctx: ServiceContext, gather: () => DocumentRequest): Promise<IssuedDocument> {
  const request = await ctx.store.exclusive(async () => gather());
  return issue(ctx, request);
}

/** Where a document's number, date and version come from: a document already issued, or a new number. */
interface Placement {
  issuedAt: Date;
  next: { number: string; year: number; sequence?: number; key: string };
  revision?: number;
  corrects?: string;
  /** The date of the first version, printed as the document's date on a corrected version. */
  firstIssuedAt?: Date;
}

const numberOf = (d: IssuedDocument) => ({ number: d.number, year: d.year ?? new Date(d.issuedAt).getUTCFullYear(), sequence: d.sequence, key: '' });

async function issueAlone(ctx: ServiceContext, request: DocumentRequest): Promise<IssuedDocument> {
  const documents = await ctx.store.documents();
  let placement: Placement;
  if (request.revisable) {
    const found = placeVersion(ctx, documents.byKey('family', (d) => [familyOf(d)], familyOf(request)), request, () => documents.all());
    if ('id' in found) return found;
    placement = found;
  } else {
    // Through the store's keyed indexes: at 100,000 issued documents a scan of them all cost every print ~25 ms.
    const sameSubject = documents.byKey('subject', (d) => [subjectOf(d)], subjectOf(request));
    const existing = sameSubject.find((d) => d.language === request.language && d.paper === request.paper);
    if (existing) return existing;
    const first = sameSubject[0];
    // Another language version is the same document: it keeps the first version's number and date of issue.
    const issuedAt = first ? new Date(first.issuedAt) : ctx.now();
    placement = { issuedAt, next: first ? numberOf(first) : nextNumber(ctx, request.kind, issuedAt, documents.all()) };
  }
  const { issuedAt, next, revision } = placement;
  const number = next.number;
  const pdf = revision
    ? await request.render(number, placement.firstIssuedAt ?? issuedAt, { revision, correctedAt: issuedAt })
    : await request.render(number, issuedAt);
  const id = ctx.newId();
  const file = storedFile((name) => documents.byKey('file', (d) => [d.file], name).length > 0, request.kind, { ...next, revision }, request.paper ? `${request.language}-${request.paper}` : request.language, id);
  const absolute = join(ctx.store.dataDir, file);
  await mkdir(dirname(absolute), { recursive: true });
  await writeFileDurably(absolute, Buffer.from(pdf));
  await fsyncFolder(dirname(absolute));
  const saved = await documents.insert({
    id,
    kind: request.kind,
    number,
    orderId: request.orderId,
    deviceId: request.deviceId,
    loanId: request.loanId,
    claimId: request.claimId,
    orderIds: request.orderIds,
    shipmentId: request.shipmentId,
    visitId: request.visitId,
    staffId: request.staffId,
    fingerprint: request.fingerprint,
    revision,
    corrects: placement.corrects,
    year: next.year,
    sequence: next.sequence,
    language: request.language,
    paper: request.paper,
    issuedAt: issuedAt.toISOString(),
    issuedBy: request.actorId,
    file,
    sha256: createHash('sha256').update(pdf).digest('hex'),
    bytes: pdf.byteLength,
  });
  if (next.key) ctx.sequences.commit(next.key);
  return saved;
}

/**
 * The version of a revisable document a request asks for. The versions of one document share its number; those
 * with the same fingerprint are one version in several languages (the same date of issue). The first version is
 * the one without a `revision` (records issued before versions existed are first versions). Returns the document
 * when this version is issued in this language already, else where the new one goes.
 */
function placeVersion(ctx: ServiceContext, family: readonly IssuedDocument[], request: DocumentRequest, issued: () => readonly IssuedDocument[]): IssuedDocument | Placement {
  const fingerprint = request.fingerprint ?? null;
  const sameVersion = family.filter((d) => (d.fingerprint ?? null) === fingerprint);
  const existing = sameVersion.find((d) => d.language === request.language && d.paper === request.paper);
  if (existing) return existing;
  const first = family.find((d) => !d.revision) ?? family[0];
  if (!first) {
    const issuedAt = ctx.now();
    return { issuedAt, next: nextNumber(ctx, request.kind, issuedAt, issued()) };
  }
  const firstIssuedAt = new Date(first.issuedAt);
  const version = sameVersion[0];
  const revisionOf = (d: IssuedDocument) => d.revision ?? 1;
  const revision = version ? revisionOf(version) : Math.max(...family.map(revisionOf)) + 1;
  // What this version corrects: the version before it, in this language where there is one.
  const previous = family.filter((d) => revisionOf(d) === revision - 1);
  const corrects = (previous.find((d) => d.language === request.language) ?? previous.at(-1))?.id;
  const issuedAt = version ? new Date(version.issuedAt) : ctx.now();
  if (revision === 1) return { issuedAt, next: numberOf(first) };
  return { issuedAt, next: numberOf(first), revision, corrects, firstIssuedAt };
}

/**
 * Where a new document's PDF is kept: named by its kind, year, sequence and language, never by its number (a
 * number format is the workshop's to choose and must not decide a path). Files kept before this naming keep their
 * own names (the record holds the path); should one of them bear the name, the document's id goes in too.
 */
function storedFile(taken: (file: string) => boolean, kind: DocumentKind, at: { year: number; sequence?: number; revision?: number }, language: Language | `${Language}-${string}`, id: string): string {
  const folder = join('documents', String(at.year));
  const version = at.revision ? `-v${at.revision}` : '';
  const named = join(folder, `${kind}-${String(at.sequence ?? 0).padStart(5, '0')}-${language}${version}.pdf`);
  return at.sequence !== undefined && !taken(named) ? named : join(folder, `${kind}-${id}-${language}.pdf`);
}

/**
 * The next number of a kind in the year of issue, in the workshop's format for that kind. The sequence is kept by
 * the shared yearly sequences under a key of its own ("doc:intake_act-2026-00007"), remembered after one scan and
 * taken only once the document is saved, so a changed format neither restarts nor repeats a sequence.
 */
function nextNumber(ctx: ServiceContext, kind: DocumentKind, issuedAt: Date, issued: readonly IssuedDocument[]) {
  const year = issuedAt.getUTCFullYear();
  const prefix = KIND_PREFIX[kind];
  const key = ctx.sequences.next(`doc:${kind}`, year, () =>
    issued
      .filter((d) => d.kind === kind)
      .map((d) => {
        const sequence = d.sequence ?? sequenceOf(DEFAULT_NUMBER_FORMAT, { prefix, year }, d.number);
        return `doc:${kind}-${d.year ?? year}-${sequence ?? 0}`;
      }),
  );
  const sequence = Number(key.slice(key.lastIndexOf('-') + 1));
  const settings = currentSettings(ctx);
  const site = settings.site?.code;
  const format = settings.numberFormats?.[kind] ?? (site ? DEFAULT_SITE_NUMBER_FORMAT : DEFAULT_NUMBER_FORMAT);
  return { number: formatNumber(format, { prefix, year, seq: sequence, site }), year, sequence, key };
}

async function getDocument(ctx: ServiceContext, id: string): Promise<IssuedDocument> {
  const document = (await ctx.store.documents()).get(id);
  if (!document) throw new DomainError('not_found', 'No such document.', { id: 'not_found' });
  return document;
}

export function documentPath(ctx: ServiceContext, document: IssuedDocument): string {
  return join(ctx.store.dataDir, document.file);
}

type DocumentChannels =
  | 'documents.forOrder'
  | 'documents.forDevice'
  | 'documents.content'
  | 'documents.print';

/** What makes two issued documents one document (in its language versions): its kind, subject and fingerprint. */
type Subject = Pick<IssuedDocument, 'kind' | 'orderId' | 'deviceId' | 'loanId' | 'claimId' | 'shipmentId' | 'fingerprint' | 'visitId' | 'staffId'>;
const subjectOf = (d: Subject) => JSON.stringify([d.kind, d.orderId, d.deviceId, d.loanId, d.claimId, d.shipmentId, d.fingerprint, d.visitId, d.staffId].map((v) => v ?? null));
/** Every version of a revisable document: its subject whatever its fingerprint. */
const familyOf = (d: Subject) => subjectOf({ ...d, fingerprint: undefined });

export function documentHandlers(ctx: ServiceContext): Pick<Handlers, DocumentChannels> {
  const { store } = ctx;

  return {
    'documents.forOrder': async ({ orderId }) =>
      (await store.documents()).all().filter((d) => d.orderId === orderId || d.orderIds?.includes(orderId)),

    'documents.forDevice': async ({ deviceId }) => (await store.documents()).all().filter((d) => d.deviceId === deviceId),

    'documents.content': async ({ id }) => {
      const document = await getDocument(ctx, id);
      const bytes = await readFile(documentPath(ctx, document));
      if (createHash('sha256').update(bytes).digest('hex') !== document.sha256) {
        throw new DomainError('storage', `The stored PDF of ${document.number} has been altered or damaged.`);
      }
      return { document, pdfBase64: bytes.toString('base64') };
    },

    'documents.print': async ({ id }) => {
      const document = await getDocument(ctx, id);
      if (!ctx.printer) return { printed: false };
      return { printed: await ctx.printer.print(documentPath(ctx, document)) };
    },
  };
}
