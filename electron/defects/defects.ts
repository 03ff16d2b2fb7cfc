import { DomainError, type FieldErrors } from '../../shared/platform/result.js';
import { type DefectCodeEntry, mergeCatalogue } from '../../shared/defects/defects.js';
import type { DiagnosisDefect } from '../../shared/defects/schemas.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { type ServiceContext, nowIso, requireRole } from '../platform/context.js';

/** The workshop's defect code catalogue. */
export function defectCatalogue(ctx: ServiceContext): DefectCodeEntry[] {
  return mergeCatalogue(ctx.store.defectCodes.all().map(({ code, kind, category, names, active }) => ({ code, kind, category, names, active })));
}

/** Every code of a diagnosis must be an active catalogue code of its kind; a wrong one is named by its field. */
export function checkDefects(ctx: ServiceContext, defects: readonly DiagnosisDefect[]): void {
  const byCode = new Map(defectCatalogue(ctx).map((e) => [e.code, e]));
  const fields: FieldErrors = {};
  defects.forEach((defect, i) => {
    for (const kind of ['symptom', 'cause', 'action', 'component'] as const) {
      const code = defect[kind];
      const entry = code ? byCode.get(code) : undefined;
      if (code && (!entry || entry.kind !== kind || !entry.active)) fields[`defects.${i}.${kind}`] = 'unknown_code';
    }
  });
  if (Object.keys(fields).length) throw new DomainError('validation', 'A defect code is not in the catalogue.', fields);
}

export function defectHandlers(ctx: ServiceContext): Pick<Handlers, 'defects.list' | 'defects.save'> {
  const { store } = ctx;
  return {
    'defects.list': () => defectCatalogue(ctx),

    'defects.save': ({ code, kind, category, names, active }, caller) =>
      store.exclusive(async () => {
        requireRole(ctx, caller, 'defects.manage');
        const upper = code.toUpperCase();
        const existing = defectCatalogue(ctx).find((e) => e.code === upper);
        if (existing && existing.kind !== kind) {
          throw new DomainError('conflict', `Code ${upper} is a ${existing.kind} code already.`, { code: 'duplicate' });
        }
        const entry: DefectCodeEntry = { code: upper, kind, category: kind === 'cause' ? category : undefined, names, active };
        const stored = store.defectCodes.all().find((e) => e.code === upper);
        const record = { ...entry, updatedAt: nowIso(ctx), updatedBy: caller.id };
        if (stored) await store.defectCodes.replace({ ...stored, ...record });
        else await store.defectCodes.insert({ ...record, id: ctx.newId() });
        return entry;
      }),
  };
}
