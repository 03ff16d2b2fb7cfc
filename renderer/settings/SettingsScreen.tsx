import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/platform/result.js';
import { Language } from '../../shared/platform/common.js';
import { Currency, type Settings } from '../../shared/settings/schemas.js';
import { DATE_FORMATS_EN, type DateFormatEn, formatIsoDate } from '../../shared/platform/dates.js';
import { PROFILE_COUNTRY } from '../../shared/customers/index.js';
import { api } from '../app/api/index.js';
import { ErrorBanner, Field, fieldsUnder } from '../app/Field.js';
import { RulesSection } from '../rules/index.js';
import { TaxSection } from '../payments/index.js';
import { SaveActions } from '../app/SaveActions.js';
import { ModelsSection } from '../registry/index.js';
import { BackupsSection } from '../data/index.js';
import { AuditSection } from '../data/index.js';
import { DefectCatalogueSection } from '../defects/index.js';
import { NetworkSection } from '../network/index.js';
import { MyPreferences, RoleNote, useMay, useSession } from '../session/index.js';
import { useUnsavedInput } from '../app/unsaved.js';
import { LanguageOptions } from '../app/LanguageOptions.js';
import { DocumentSettings } from '../documents/index.js';
import { NotificationsSection } from '../notifications/index.js';

/** A day past the 12th, so that day and month cannot be mistaken in the example. */
const EXAMPLE_DATE = '2025-12-31';
/** Each English order in words (day/month/year…), by its key in the catalogue. */
const DATE_ORDER: Record<DateFormatEn, 'dmy' | 'mdy' | 'ymd'> = { 'dd/mm/yyyy': 'dmy', 'mm/dd/yyyy': 'mdy', 'yyyy-mm-dd': 'ymd' };

/** The zones this system knows, offered as the manager types (any other name Intl knows is taken too). */
const TIME_ZONES: readonly string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

const PROFILE_FIELDS = ['name', 'legalName', 'taxId', 'address', 'phone', 'email', 'signatory'] as const;

/** What this form edits (other sections save their own parts: the logo, the rules, the document texts). */
function edited(settings: Settings) {
  const { workshop, currency, dateFormatEn, timeZone, phoneCountry, documentLanguage, paperSize, intakeTerms, storageTerms, dataLossTerms, numberFormats } = settings;
  return [workshop, currency, dateFormatEn, timeZone, phoneCountry ?? '', documentLanguage, paperSize, intakeTerms, storageTerms, dataLossTerms, numberFormats];
}

export function SettingsScreen() {
  const { t } = useTranslation();
  const { settings, setSettings, info } = useSession();
  const [draft, setDraft] = useState<Settings | undefined>(settings);
  // Settings typed and not saved are not lost without a question.
  useUnsavedInput(Boolean(draft && settings && JSON.stringify(edited(draft)) !== JSON.stringify(edited(settings))));
  const [error, setError] = useState<ApiError>();
  const [saved, setSaved] = useState(false);
  const mayChange = useMay('settings.change');
  if (!draft) return null;
  const errors = fieldsUnder(error, 'workshop');

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    const result = await api().call('settings.update', {
      workshop: draft.workshop,
      currency: draft.currency,
      dateFormatEn: draft.dateFormatEn,
      timeZone: draft.timeZone.trim(),
      phoneCountry: draft.phoneCountry ?? '',
      documentLanguage: draft.documentLanguage,
      paperSize: draft.paperSize,
      intakeTerms: draft.intakeTerms,
      storageTerms: draft.storageTerms,
      dataLossTerms: draft.dataLossTerms,
      // An emptied format goes back to the default.
      numberFormats: Object.fromEntries(Object.entries(draft.numberFormats ?? {}).filter(([, format]) => format?.trim())),
    });
    setSaved(result.ok);
    setError(result.ok ? undefined : result.error);
    if (result.ok) {
      setDraft(result.value);
      await setSettings(result.value);
    }
  }

  return (
    <form className="settings" onSubmit={save}>
      <h1>{t('settings.title')}</h1>
      <MyPreferences />
      <RoleNote action="settings.change" />
      <fieldset className="plain" disabled={!mayChange}>
        <fieldset>
          <legend>{t('settings.workshop')}</legend>
          <div className="grid">
            {PROFILE_FIELDS.map((key) => (
              <Field key={key} label={t(`settings.${key}`)} error={errors[key]}>
                <input
                  value={draft.workshop[key] ?? ''}
                  onChange={(e) => setDraft({ ...draft, workshop: { ...draft.workshop, [key]: e.target.value } })}
                />
              </Field>
            ))}
          </div>
        </fieldset>
        <div className="grid">
          <Field label={t('settings.currency')}>
            <select value={draft.currency} onChange={(e) => setDraft({ ...draft, currency: e.target.value as Settings['currency'] })}>
              {Currency.options.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </Field>
          <Field label={t('settings.dateFormatEn')} double>
            <select value={draft.dateFormatEn} onChange={(e) => setDraft({ ...draft, dateFormatEn: e.target.value as DateFormatEn })}>
              {DATE_FORMATS_EN.map((format) => (
                <option key={format} value={format}>
                  {formatIsoDate(EXAMPLE_DATE, format)} · {t(`settings.dateOrders.${DATE_ORDER[format]}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('settings.timeZone')} error={error?.fields?.timeZone}>
            <input value={draft.timeZone} maxLength={100} dir="ltr" list="time-zones" onChange={(e) => setDraft({ ...draft, timeZone: e.target.value })} />
          </Field>
          <datalist id="time-zones">
            {TIME_ZONES.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
          <Field label={t('settings.phoneCountry')} error={error?.fields?.phoneCountry}>
            <input
              value={draft.phoneCountry ?? ''}
              maxLength={2}
              dir="ltr"
              placeholder={PROFILE_COUNTRY[draft.ruleProfile] ?? ''}
              onChange={(e) => setDraft({ ...draft, phoneCountry: e.target.value.toUpperCase() || undefined })}
            />
          </Field>
          <Field label={t('settings.documentLanguage')}>
            <select value={draft.documentLanguage} onChange={(e) => setDraft({ ...draft, documentLanguage: e.target.value as Language })}>
              <LanguageOptions />
            </select>
          </Field>
          <Field label={t('settings.paperSize')}>
            <select value={draft.paperSize} onChange={(e) => setDraft({ ...draft, paperSize: e.target.value as Settings['paperSize'] })}>
              <option value="A4">A4</option>
              <option value="LETTER">US Letter</option>
            </select>
          </Field>
        </div>
        <DocumentSettings draft={draft} setDraft={setDraft} error={error} />
        <ErrorBanner error={error} />
        <SaveActions label={t('settings.save')} saved={saved} />
      </fieldset>
      <p className="muted">{t('settings.dataDir', { dir: info?.dataDir })}</p>
      <RulesSection />
      <TaxSection />
      <NotificationsSection />
      <ModelsSection />
      <DefectCatalogueSection />
      <NetworkSection />
      <BackupsSection />
      <AuditSection />
    </form>
  );
}
