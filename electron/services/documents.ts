import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { DomainError } from '../../shared/result.js';
import type { IssuedDocument } from '../../shared/schemas/document.js';
import { renderIntakeAct } from '../documents/intakeAct.js';
import type { Handlers } from '../ipc/handlers.js';
import { fsyncFolder } from '../store/durableJsonFile.js';
import { type ServiceContext, nextNumber, requireActor } from './context.js';
import { getOrder, orderView } from './orderViews.js';
import { currentSettings } from './settings.js';

function getDocument(ctx: ServiceContext, id: string): IssuedDocument {
  const document = ctx.store.documents.get(id);
  if (!document) throw new DomainError('not_found', 'No such document.', { id: 'not_found' });
  return document;
}

export function documentPath(ctx: ServiceContext, document: IssuedDocument): string {
  return join(ctx.store.dataDir, document.file);
}

export function documentHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'documents.intakeAct' | 'documents.forOrder' | 'documents.content' | 'documents.print'> {
  const { store } = ctx;
  return {
    /**
     * The act is numbered once per order; each language version is rendered once and kept, so a reprint gives the
     * customer the very document they signed. The number is taken from the issued documents themselves, and the
     * record is written only after its PDF is durable, so a failed print neither uses up nor reuses a number.
     */
    'documents.intakeAct': ({ actorId, orderId, language }) =>
      store.exclusive(async () => {
        requireActor(ctx, actorId);
        const order = getOrder(ctx, orderId);
        const settings = currentSettings(ctx);
        const lang = language ?? settings.documentLanguage;
        const issued = store.documents.all().filter((d) => d.kind === 'intake_act' && d.orderId === order.id);
        const existing = issued.find((d) => d.language === lang);
        if (existing) return existing;

        const issuedAt = ctx.now();
        const number =
          issued[0]?.number ??
          nextNumber('IA', issuedAt.getUTCFullYear(), store.documents.all().filter((d) => d.kind === 'intake_act').map((d) => d.number));
        const staffNames = Object.fromEntries(store.staff.all().map((s) => [s.id, s.name]));
        const pdf = await renderIntakeAct(
          {
            documentNumber: number,
            issuedAt,
            view: orderView(ctx, order),
            workshop: settings.workshop,
            currency: settings.currency,
            terms: settings.intakeTerms[lang],
            staffNames,
          },
          lang,
          { paperSize: settings.paperSize },
        );
        const file = join('documents', String(issuedAt.getUTCFullYear()), `${number}-${lang}.pdf`);
        const absolute = join(store.dataDir, file);
        await mkdir(dirname(absolute), { recursive: true });
        await writeFileAtomic(absolute, Buffer.from(pdf), { fsync: true });
        await fsyncFolder(dirname(absolute));
        return store.documents.insert({
          id: ctx.newId(),
          kind: 'intake_act',
          number,
          orderId: order.id,
          language: lang,
          issuedAt: issuedAt.toISOString(),
          issuedBy: actorId,
          file,
          sha256: createHash('sha256').update(pdf).digest('hex'),
          bytes: pdf.byteLength,
        });
      }),

    'documents.forOrder': ({ orderId }) => store.documents.all().filter((d) => d.orderId === orderId),

    'documents.content': async ({ id }) => {
      const document = getDocument(ctx, id);
      const bytes = await readFile(documentPath(ctx, document));
      if (createHash('sha256').update(bytes).digest('hex') !== document.sha256) {
        throw new DomainError('storage', `The stored PDF of ${document.number} has been altered or damaged.`);
      }
      return { document, pdfBase64: bytes.toString('base64') };
    },

    'documents.print': async ({ id }) => {
      const document = getDocument(ctx, id);
      if (!ctx.printer) return { printed: false };
      return { printed: await ctx.printer.print(documentPath(ctx, document)) };
    },
  };
}
