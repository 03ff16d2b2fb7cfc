import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeFileDurably } from '../platform/store/durableWrite.js';
import { DomainError } from '../../shared/platform/result.js';
import type { Language } from '../../shared/platform/common.js';
import { DEFAULT_NUMBER_FORMAT, KIND_PREFIX, formatNumber, sequenceOf } from '../../shared/documents/numbering.js';
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
  fingerprint?: string;
  /** A4 or an 80 mm roll: another paper is another version of the same document (same number). */
  paper?: IssuedDocument['paper'];
  render(number: string, issuedAt: Date): Promise<Uint8Array>;
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

async function issueAlone(ctx: ServiceContext, request: DocumentRequest): Promise<IssuedDocument> {
  const documents = await ctx.store.documents();
  // Through the store's keyed indexes: at 100,000 issued documents a scan of them all cost every print ~25 ms.
  const sameSubject = documents.byKey('subject', (d) => [subjectOf(d)], subjectOf(request));
  const existing = sameSubject.find((d) => d.language === request.language && d.paper === request.paper);
  if (existing) return existing;

  const first = sameSubject[0];
  // Another language version is the same document: it keeps the first version's number and date of issue.
  const issuedAt = first ? new Date(first.issuedAt) : ctx.now();
  const next = first ? { number: first.number, year: first.year ?? new Date(first.issuedAt).getUTCFullYear(), sequence: first.sequence, key: '' } : nextNumber(ctx, request.kind, issuedAt, documents.all());
  const number = next.number;
  const pdf = await request.render(number, issuedAt);
  const id = ctx.newId();
  const file = storedFile((name) => documents.byKey('file', (d) => [d.file], name).length > 0, request.kind, next, request.paper ? `${request.language}-${request.paper}` : request.language, id);
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
    fingerprint: request.fingerprint,
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
 * Where a new document's PDF is kept: named by its kind, year, sequence and language, never by its number (a
 * number format is the workshop's to choose and must not decide a path). Files kept before this naming keep their
 * own names (the record holds the path); should one of them bear the name, the document's id goes in too.
 */
function storedFile(taken: (file: string) => boolean, kind: DocumentKind, at: { year: number; sequence?: number }, language: Language | `${Language}-${string}`, id: string): string {
  const folder = join('documents', String(at.year));
  const named = join(folder, `${kind}-${String(at.sequence ?? 0).padStart(5, '0')}-${language}.pdf`);
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
  const format = currentSettings(ctx).numberFormats?.[kind] ?? DEFAULT_NUMBER_FORMAT;
  return { number: formatNumber(format, { prefix, year, seq: sequence }), year, sequence, key };
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
type Subject = Pick<IssuedDocument, 'kind' | 'orderId' | 'deviceId' | 'loanId' | 'claimId' | 'shipmentId' | 'fingerprint'>;
const subjectOf = (d: Subject) => JSON.stringify([d.kind, d.orderId, d.deviceId, d.loanId, d.claimId, d.shipmentId, d.fingerprint].map((v) => v ?? null));

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
