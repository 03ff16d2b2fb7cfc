import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/platform/result.js';
import { moneyInput, parseMoney } from '../../shared/platform/money.js';
import type { RuleSource } from '../../shared/rules/index.js';
import { effectiveTax, TAX_PRESETS, type TaxOverrides } from '../../shared/payments/index.js';
import { api } from '../app/api/index.js';
import { ErrorBanner, Field, fieldsUnder } from '../app/Field.js';
import { formatDate } from '../app/i18n/index.js';
import { RoleNote, useMay, useSession } from '../session/index.js';
import { SaveActions } from '../app/SaveActions.js';
import { sourceText } from '../rules/index.js';

/** 1850 basis points → "18.5%". */
const percent = (bp: number) => `${bp / 100}%`;

/**
 * Typed percent → basis points: "18.5" is 1850. Anything with more than 2 decimals, below 0 or above 100 is sent as
 * typed (in basis points) for the backend to refuse, naming the rate; what is not a number at all is refused here.
 */
function basisPoints(text: string): number | undefined | null {
  const cleaned = text.trim().replace(',', '.');
  if (cleaned === '') return undefined;
  const exact = parseMoney(cleaned);
  if (exact !== null) return exact;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value * 100 : null;
}

/**
 * The workshop's tax (managers): the rule profile's VAT rates with the date each applies from, whether prices are
 * entered with VAT, the rounding and the document's name, each with its source; the workshop's overrides over them,
 * saved as a whole with the reason (settings.setTax, kept in the audit log).
 */
export function TaxSection() {
  const { t } = useTranslation();
  const mayChange = useMay('settings.change');
  const { settings, setSettings, language } = useSession();
  const profile = settings?.ruleProfile ?? 'custom';
  const preset = TAX_PRESETS[profile];
  const current: TaxOverrides = settings?.tax ?? {};
  const [regime, setRegime] = useState<string>(current.regime ?? '');
  const [rate, setRate] = useState(current.rate === undefined ? '' : moneyInput(current.rate));
  const [prices, setPrices] = useState(current.pricesIncludeTax === undefined ? '' : String(current.pricesIncludeTax));
  const [rounding, setRounding] = useState<string>(current.rounding ?? '');
  const [country, setCountry] = useState(current.country ?? '');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError>();
  const [typedError, setTypedError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const inForce = effectiveTax(profile, current);
  const fields = fieldsUnder(error);

  async function save() {
    const bp = basisPoints(rate);
    setTypedError(bp === null ? 'invalid_rate' : undefined);
    setSaved(false);
    if (bp === null) return;
    const result = await api().call('settings.setTax', {
      regime: regime === '' ? undefined : (regime as 'vat' | 'exempt'),
      rate: bp,
      pricesIncludeTax: prices === '' ? undefined : prices === 'true',
      rounding: rounding === '' ? undefined : (rounding as 'line' | 'document'),
      country: country.trim().toUpperCase() || undefined,
      reason,
    });
    setError(result.ok ? undefined : result.error);
    if (!result.ok) return;
    setSaved(true);
    setReason('');
    await setSettings(result.value);
  }

  const source = (s: RuleSource) => (
    <td className="small">
      <bdi>{sourceText(t, s)}</bdi>
      {!s.confirmed && <span className="badge unconfirmed"> {t('rules.unconfirmed')}</span>}
    </td>
  );
  /** A value of the profile, its source, and the workshop's choice over it ("" = as the profile). */
  const choiceRow = (key: 'pricesIncludeTax' | 'rounding', label: string, profileValue: string, value: string, set: (v: string) => void, choices: Array<[string, string]>) => (
    <tr data-tax={key}>
      <td>{label}</td>
      <td>{choices.find(([c]) => c === profileValue)?.[1]}</td>
      {source(preset.sources[key])}
      <td>
        <select aria-label={label} value={value} onChange={(e) => set(e.target.value)}>
          <option value="">{t('taxSettings.asProfile')}</option>
          {choices.map(([c, text]) => (
            <option key={c} value={c}>
              {text}
            </option>
          ))}
        </select>
      </td>
    </tr>
  );
  // Each rate on its own line, from the oldest: a Hebrew line with a date and a percent keeps its order.
  const rates = preset.rates.length
    ? preset.rates.map((r) => (
        <div key={r.from}>
          <bdi>{t('taxSettings.rateFrom', { rate: percent(r.rate), date: formatDate(r.from, language) })}</bdi>
        </div>
      ))
    : t('taxSettings.noRate');
  const rateNow = inForce.rates.length ? percent(inForce.rates.at(-1)!.rate) : t('payments.noTax');

  return (
    <fieldset className="tax-settings" disabled={!mayChange} aria-label={t('taxSettings.title')}>
      <legend>{t('taxSettings.title')}</legend>
      <RoleNote action="settings.change" />
      <p>
        {t('warranty.profile', { name: t(`rules.profiles.${profile}`) })} · <b data-testid="tax-in-force">{t('taxSettings.inForce', { rate: rateNow })}</b>
      </p>
      {preset.note && <p className="muted">{t(`taxSettings.note.${preset.note}`)}</p>}
      <table>
        <thead>
          <tr>
            <th>{t('rules.rule')}</th>
            <th>{t('taxSettings.profileValue')}</th>
            <th>{t('rules.source')}</th>
            <th>{t('rules.override')}</th>
          </tr>
        </thead>
        <tbody>
          <tr data-tax="rates">
            <td>{t('taxSettings.rates')}</td>
            <td>{rates}</td>
            {source(preset.sources.rates)}
            <td>
              <Field label={t('taxSettings.regime')}>
                <select value={regime} onChange={(e) => setRegime(e.target.value)}>
                  <option value="">{t('taxSettings.asProfile')}</option>
                  <option value="vat">{t('taxSettings.regimes.vat')}</option>
                  <option value="exempt">{t('taxSettings.regimes.exempt')}</option>
                </select>
              </Field>
              <Field label={t('taxSettings.ownRate')} error={typedError ?? fields.rate}>
                <input className="num" dir="ltr" inputMode="decimal" value={rate} onChange={(e) => setRate(e.target.value)} />
              </Field>
              {profile === 'eu' && (
                <Field label={t('taxSettings.country')} error={fields.country}>
                  <input dir="ltr" maxLength={2} value={country} onChange={(e) => setCountry(e.target.value)} />
                </Field>
              )}
            </td>
          </tr>
          {choiceRow('pricesIncludeTax', t('taxSettings.prices'), String(preset.pricesIncludeTax), prices, setPrices, [
            ['true', t('taxSettings.gross')],
            ['false', t('taxSettings.net')],
          ])}
          {choiceRow('rounding', t('taxSettings.rounding'), preset.rounding, rounding, setRounding, [
            ['line', t('taxSettings.roundings.line')],
            ['document', t('taxSettings.roundings.document')],
          ])}
          <tr data-tax="document">
            <td>{t('taxSettings.document')}</td>
            <td>{t(`invoice.name.${inForce.invoiceName}`)}</td>
            <td />
            <td />
          </tr>
        </tbody>
      </table>
      <p className="muted small">
        {t('taxSettings.sourceInForce')}: <bdi>{sourceText(t, inForce.sources.rates)}</bdi>
      </p>
      <Field label={t('taxSettings.reason')} error={fields.reason} wide>
        <input value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <ErrorBanner error={error} />
      <SaveActions label={t('taxSettings.save')} saved={saved} onSave={() => void save()} />
    </fieldset>
  );
}
