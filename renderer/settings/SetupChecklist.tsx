import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SetupOutput, SetupStep } from '../../shared/settings/index.js';
import { api } from '../app/api/index.js';
import type { View } from '../app/routes.js';
import { showPriceList } from '../parts/index.js';
import { useMay, useSession } from '../session/index.js';

/** Where each step is done: its screen, and the part of the screen to bring into view. */
const PLACES: Record<SetupStep, { view: View; section?: string; before?: () => void }> = {
  workshop: { view: { name: 'settings' } },
  rules: { view: { name: 'settings' }, section: 'fieldset.rules' },
  staff: { view: { name: 'staff' } },
  loaners: { view: { name: 'loaners' } },
  prices: { view: { name: 'parts' }, before: showPriceList },
};

/**
 * The set-up checklist of a new workshop, on the dashboard for managers: each step ticked when the data says it is
 * done (settings.setup), with a link to its screen. It goes when every step is done or a manager hides it, which
 * the workshop keeps (settings.dismissSetup).
 */
export function SetupChecklist() {
  const { t } = useTranslation();
  const go = useSession((s) => s.go);
  const mayChange = useMay('settings.change');
  const [setup, setSetup] = useState<SetupOutput>();
  useEffect(() => {
    if (!mayChange) return;
    void api()
      .call('settings.setup', {})
      .then((result) => result.ok && setSetup(result.value));
  }, [mayChange]);
  if (!mayChange || !setup || setup.dismissed || setup.steps.every((s) => s.done)) return null;

  const open = (step: SetupStep) => {
    const place = PLACES[step];
    place.before?.();
    go(place.view);
    if (place.section) requestAnimationFrame(() => document.querySelector(place.section!)?.scrollIntoView({ block: 'start' }));
  };
  const dismiss = async () => {
    const result = await api().call('settings.dismissSetup', {});
    if (result.ok) setSetup(result.value);
  };

  return (
    <section className="card setup-checklist" aria-labelledby="setup-title">
      <h2 id="setup-title">{t('setup.title')}</h2>
      <p className="muted">{t('setup.intro')}</p>
      <ul className="checklist">
        {setup.steps.map(({ step, done }) => (
          <li key={step} data-step={step} className={done ? 'done' : undefined}>
            <span className="tick" role="img" aria-label={t(done ? 'setup.done' : 'setup.toDo')}>
              {done ? '✓' : '○'}
            </span>
            <button type="button" className="link" onClick={() => open(step)}>
              {t(`setup.steps.${step}`)}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => void dismiss()}>
        {t('setup.dismiss')}
      </button>
    </section>
  );
}
