import { useTranslation } from 'react-i18next';
import { UNLOCK_KINDS, type UnlockKind } from '../../shared/evidence/index.js';
import { Field } from '../app/Field.js';

export interface UnlockDraft {
  kind: UnlockKind | 'none';
  value: string;
}
export const NO_UNLOCK: UnlockDraft = { kind: 'none', value: '' };

/** The code to send, or none when no lock was given. */
export const unlockCodeOf = (draft: UnlockDraft) => (draft.kind === 'none' ? undefined : { kind: draft.kind, value: draft.value });

/**
 * A 3×3 grid of dots for a pattern lock: clicking (or pressing Enter on) the dots in the order drawn writes the
 * pattern as their numbers, "1-5-9-6"; the numbers can be typed in the box as well.
 */
function PatternGrid(props: { value: string; onChange(value: string): void }) {
  const { t } = useTranslation();
  const dots = props.value ? props.value.split('-').map(Number) : [];
  return (
    <div className="pattern" dir="ltr">
      <div className="pattern-grid" role="group" aria-label={t('evidence.unlock.grid')}>
        {[1, 2, 3, 4, 5, 6, 7, 8, 9].map((dot) => {
          const place = dots.indexOf(dot);
          return (
            <button
              key={dot}
              type="button"
              className={place >= 0 ? 'dot on' : 'dot'}
              aria-pressed={place >= 0}
              aria-label={t('evidence.unlock.dot', { n: dot })}
              onClick={() => place < 0 && props.onChange([...dots, dot].join('-'))}
            >
              {place >= 0 ? place + 1 : ''}
            </button>
          );
        })}
      </div>
      <button type="button" className="link" onClick={() => props.onChange('')}>
        {t('evidence.unlock.clearPattern')}
      </button>
    </div>
  );
}

/** The kind of lock and its code, at intake (labelled as the device's unlock code) and on the order. */
export function UnlockCodeFields(props: { value: UnlockDraft; onChange(value: UnlockDraft): void; errors: Record<string, string>; label?: string }) {
  const { t } = useTranslation();
  const { value } = props;
  return (
    <>
      <Field label={props.label ?? t('evidence.unlock.kind')} error={props.errors.kind}>
        <select value={value.kind} onChange={(e) => props.onChange({ kind: e.target.value as UnlockDraft['kind'], value: '' })}>
          {(['none', ...UNLOCK_KINDS] as const).map((kind) => (
            <option key={kind} value={kind}>
              {t(`evidence.unlock.kinds.${kind}`)}
            </option>
          ))}
        </select>
      </Field>
      {value.kind === 'pin' && (
        <Field label={t('evidence.unlock.value')} error={props.errors.value}>
          <input name="unlockCode" inputMode="numeric" autoComplete="off" dir="ltr" value={value.value} onChange={(e) => props.onChange({ ...value, value: e.target.value.trim() })} />
        </Field>
      )}
      {value.kind === 'password' && (
        <Field label={t('evidence.unlock.value')} error={props.errors.value}>
          <input name="unlockCode" autoComplete="off" dir="ltr" value={value.value} onChange={(e) => props.onChange({ ...value, value: e.target.value })} />
        </Field>
      )}
      {value.kind === 'pattern' && (
        <>
          <Field label={t('evidence.unlock.pattern')} error={props.errors.value}>
            <input name="unlockCode" autoComplete="off" dir="ltr" placeholder="1-5-9-6" value={value.value} onChange={(e) => props.onChange({ ...value, value: e.target.value.replace(/[^1-9-]/g, '') })} />
          </Field>
          <div className="field">
            <PatternGrid value={value.value} onChange={(pattern) => props.onChange({ ...value, value: pattern })} />
            <span className="hint">{t('evidence.unlock.patternHelp')}</span>
          </div>
        </>
      )}
      {value.kind !== 'none' && <p className="hint wide">{t('evidence.unlock.rules')}</p>}
    </>
  );
}
