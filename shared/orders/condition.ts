import type { DefectCause } from '../documents/index.js';
import type { RuleKey } from '../rules/index.js';
import type { WarrantyAnswer } from '../warranty/index.js';

/** Claim windows of the law during which a manufacturing defect is still handled as a warranty case. */
const WARRANTY_LIKE_WINDOWS: readonly RuleKey[] = ['claimWindowAfterWarrantyMonths', 'claimWindowNoWarrantyMonths', 'significantDefectYears'];

export type ConditionConclusion =
  | { warrantyCase: true; reason: 'under_warranty'; until: string }
  | { warrantyCase: true; reason: 'claim_window'; until: string; rule: RuleKey }
  | { warrantyCase: false; reason: 'not_confirmed' | 'cause_excluded' | 'void' | 'unknown_start' }
  | { warrantyCase: false; reason: 'expired'; end: string };

/**
 * Is what the examination found a warranty case? Only a confirmed manufacturing defect of a unit whose warranty is
 * not void, while the warranty (or a claim window the law keeps open after it) runs.
 */
export function conditionConclusion(findings: { defectConfirmed: boolean; cause: DefectCause }, warranty: WarrantyAnswer): ConditionConclusion {
  if (!findings.defectConfirmed || findings.cause === 'no_fault_found') return { warrantyCase: false, reason: 'not_confirmed' };
  if (findings.cause !== 'manufacturing') return { warrantyCase: false, reason: 'cause_excluded' };
  if (warranty.status === 'void') return { warrantyCase: false, reason: 'void' };
  if (warranty.status === 'under_warranty' || warranty.status === 'extended') {
    return { warrantyCase: true, reason: 'under_warranty', until: (warranty.extendedUntil ?? warranty.end)! };
  }
  const window = warranty.windows.find((w) => w.open && WARRANTY_LIKE_WINDOWS.includes(w.rule));
  if (window) return { warrantyCase: true, reason: 'claim_window', until: window.until, rule: window.rule };
  if (warranty.status === 'unknown' || !warranty.end) return { warrantyCase: false, reason: 'unknown_start' };
  return { warrantyCase: false, reason: 'expired', end: warranty.end };
}
