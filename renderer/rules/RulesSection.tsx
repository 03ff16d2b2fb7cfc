import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { PRESETS, PROFILE_IDS, type ProfileId, type RuleKey, type RuleValues } from '../../shared/rules/profiles.js';
import type { ApiError } from '../../shared/platform/result.js';
import { api } from '../app/api/index.js';
import { RoleNote, useMay, useSession } from '../session/index.js';
import { ErrorBanner, Field, FieldError, fieldsUnder } from '../app/Field.js';
import { SaveActions } from '../app/SaveActions.js';
import { sourceText } from '../../shared/rules/index.js';

const CHOICES: Partial<Record<RuleKey, readonly string[]>> = {
  repairDeadlineCounting: ['calendar', 'working'],
  repairExtension: ['days_out_of_use', 'plus_12_months_once', 'none'],
  consumersOnly: ['true', 'false'],
  termEndsOnWorkingDay: ['true', 'false'],
  refundTermFromAgreement: ['true', 'false'],
  replacementRestartsWarranty: ['true', 'false'],
  replacedComponentFullWarranty: ['true', 'false'],
  warrantyFromInstallation: ['true', 'false'],
};

/** A rule's value as typed in an override cell (numbers, dates, days; the choices by their code). */
function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

/** A rule's value as a person reads it: a choice or a yes/no in their language, never its code. */
function shown(t: TFunction, value: unknown): string {
  if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
  if (typeof value === 'string') return choiceText(t, value);
  return show(value);
}

function choiceText(t: TFunction, choice: string): string {
  if (choice === 'true') return t('common.yes');
  if (choice === 'false') return t('common.no');
  return RULE_CHOICES.includes(choice as (typeof RULE_CHOICES)[number]) ? t(`rules.choices.${choice as (typeof RULE_CHOICES)[number]}`) : choice;
}
const RULE_CHOICES = ['calendar', 'working', 'days_out_of_use', 'plus_12_months_once', 'none'] as const;

/** Text typed in an override cell → the value for its rule; '' removes the override, '-' means "no number". */
function parse(key: RuleKey, text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '-') return null;
  if (key === 'weeklyRestDays') return trimmed.split(/[\s,]+/).filter(Boolean).map(Number);
  if (CHOICES[key]?.[0] === 'true') return trimmed === 'true';
  if (CHOICES[key] || key === 'repairExtensionFrom') return trimmed;
  return Number(trimmed.replace(',', '.'));
}

/** The legal rule profile: preset, every value with its source, the workshop's overrides and its holidays. */
export function RulesSection() {
  const { t } = useTranslation();
  const mayChange = useMay('settings.change');
  const { settings, setSettings } = useSession();
  const [profile, setProfile] = useState<ProfileId>(settings?.ruleProfile ?? 'custom');
  const [overrides, setOverrides] = useState<Record<string, string>>(() =>
    Object.fromEntries(Object.entries(settings?.ruleOverrides ?? {}).map(([k, v]) => [k, v === null ? '-' : show(v)])),
  );
  const [holidays, setHolidays] = useState((settings?.holidays ?? []).join('\n'));
  const [error, setError] = useState<ApiError>();
  const [saved, setSaved] = useState(false);
  const preset = PRESETS[profile];
  const errors = fieldsUnder(error);

  async function save() {
    const ruleOverrides = Object.fromEntries(
      Object.entries(overrides)
        .filter(([, text]) => text.trim() !== '')
        .map(([key, text]) => [key, parse(key as RuleKey, text)]),
    );
    const result = await api().call('settings.update', {
      ruleProfile: profile,
      ruleOverrides,
      holidays: holidays.split(/\s+/).filter(Boolean),
    });
    setError(result.ok ? undefined : result.error);
    setSaved(result.ok);
    if (result.ok) await setSettings(result.value);
  }

  return (
    <fieldset className="rules" disabled={!mayChange}>
      <legend>{t('rules.title')}</legend>
      <RoleNote action="settings.change" />
      <p className="muted">{t('rules.disclaimer')}</p>
      <Field label={t('rules.profile')}>
        <select value={profile} onChange={(e) => setProfile(e.target.value as ProfileId)}>
          {PROFILE_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`rules.profiles.${id}`)}
            </option>
          ))}
        </select>
      </Field>
      <table>
        <thead>
          <tr>
            <th>{t('rules.rule')}</th>
            <th>{t('rules.value')}</th>
            <th>{t('rules.source')}</th>
            <th>{t('rules.override')}</th>
          </tr>
        </thead>
        <tbody>
          {(Object.keys(preset.values) as Array<keyof RuleValues>).map((key) => {
            const source = preset.sources[key];
            return (
              <tr key={key} data-rule={key}>
                <td>{t(`rules.names.${key}`)}</td>
                <td className="mono">{shown(t, preset.values[key])}</td>
                <td className="small">
                  {/* The law's citation in the reader's language (a Latin code in it, e.g. 2019/771, keeps its direction). */}
                  <bdi>{sourceText(t, source)}</bdi>
                  {!source.confirmed && <span className="badge unconfirmed"> {t('rules.unconfirmed')}</span>}
                </td>
                <td>
                  {CHOICES[key] ? (
                    <select aria-label={t(`rules.names.${key}`)} value={overrides[key] ?? ''} onChange={(e) => setOverrides({ ...overrides, [key]: e.target.value })}>
                      <option value="" />
                      {CHOICES[key]!.map((c) => (
                        <option key={c} value={c}>
                          {choiceText(t, c)}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <input
                      aria-label={t(`rules.names.${key}`)}
                      className="num"
                      value={overrides[key] ?? ''}
                      onChange={(e) => setOverrides({ ...overrides, [key]: e.target.value })}
                    />
                  )}
                  <FieldError code={errors[`ruleOverrides.${key}`] ?? errors[`ruleOverrides.${key}.0`]} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Field label={t('rules.holidays')} error={Object.entries(errors).find(([k]) => k.startsWith('holidays'))?.[1]} wide>
        <textarea rows={3} dir="ltr" value={holidays} onChange={(e) => setHolidays(e.target.value)} />
      </Field>
      <ErrorBanner error={error} />
      <SaveActions label={t('rules.save')} saved={saved} onSave={() => void save()} />
    </fieldset>
  );
}
