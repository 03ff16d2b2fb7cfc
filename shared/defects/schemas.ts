import { z } from 'zod';
import { CAUSE_CATEGORIES, DEFECT_KINDS } from './defects.js';
import { Id, IsoDateTime, Text } from '../platform/common.js';

export const DefectKind = z.enum(DEFECT_KINDS);
export const CauseCategory = z.enum(CAUSE_CATEGORIES);
const Code = z.string().trim().min(1, 'required').max(12, 'too_long').regex(/^[A-Za-z0-9._-]+$/, 'invalid_code');
const Names = z.strictObject({ en: Text(120), ru: Text(120), he: Text(120) });

export const DefectCodeEntry = z.object({
  code: z.string(),
  kind: DefectKind,
  category: CauseCategory.optional(),
  names: z.object({ en: z.string(), ru: z.string(), he: z.string() }),
  active: z.boolean(),
});

/** The workshop's own version of a code (a renamed or deactivated default, or a new code). */
export const DefectCodeRecord = DefectCodeEntry.extend({ id: Id, updatedAt: IsoDateTime, updatedBy: Id });
export type DefectCodeRecord = z.infer<typeof DefectCodeRecord>;

export const DefectCodeSaveInput = z
  .strictObject({ code: Code, kind: DefectKind, category: CauseCategory.optional(), names: Names, active: z.boolean().default(true) })
  .superRefine((input, ctx) => {
    if (input.kind === 'cause' && !input.category) ctx.addIssue({ code: 'custom', path: ['category'], message: 'required' });
  });

/** The codes a technician records for one defect found; each optional, at least one given. */
export const DiagnosisDefect = z
  .strictObject({ symptom: Code.optional(), cause: Code.optional(), action: Code.optional(), component: Code.optional() })
  .refine((d) => d.symptom || d.cause || d.action || d.component, { message: 'required' });
export type DiagnosisDefect = z.infer<typeof DiagnosisDefect>;
