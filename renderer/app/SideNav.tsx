import { useTranslation } from 'react-i18next';
import type { TextKey } from '../../shared/catalogue.js';
import { type View, useSession } from '../session/index.js';
import { SHORTCUTS, ariaKeyShortcuts, chordLabel, useKeyboardHelp } from './shortcuts.js';

/** The screens, grouped as a workshop works: the counter, the workshop behind it, and the manager's desk. */
const GROUPS: Array<{ key: TextKey; items: Array<{ view: View['name']; key: TextKey }> }> = [
  {
    key: 'navGroups.counter',
    items: [
      { view: 'dashboard', key: 'nav.dashboard' },
      { view: 'orders', key: 'nav.orders' },
      { view: 'intake', key: 'nav.intake' },
      { view: 'customers', key: 'customers.nav' },
      { view: 'warranty', key: 'nav.warranty' },
      { view: 'loaners', key: 'nav.loaners' },
      { view: 'cashbook', key: 'cashBook.nav' },
    ],
  },
  {
    key: 'navGroups.workshop',
    items: [
      { view: 'parts', key: 'parts.nav' },
      { view: 'shipments', key: 'shipments.nav' },
      { view: 'claims', key: 'nav.claims' },
    ],
  },
  {
    key: 'navGroups.management',
    items: [
      { view: 'analytics', key: 'nav.analytics' },
      { view: 'reports', key: 'reports.nav' },
      { view: 'expiring', key: 'nav.expiring' },
      { view: 'registry', key: 'nav.registry' },
      { view: 'history', key: 'history.nav' },
      { view: 'staff', key: 'nav.staff' },
      { view: 'settings', key: 'nav.settings' },
    ],
  },
];

export function SideNav() {
  const { t } = useTranslation();
  const { view, go } = useSession();
  const current = view.name === 'order' ? 'orders' : view.name;
  return (
    <nav className="sidenav" aria-label={t('navGroups.label')}>
      <div className="groups">
        {GROUPS.map((group) => (
          <div key={group.key} className="group">
            <h2>{t(group.key)}</h2>
            {group.items.map((item) => (
              <button
                key={item.view}
                type="button"
                className={current === item.view ? 'nav active' : 'nav'}
                aria-current={current === item.view ? 'page' : undefined}
                aria-keyshortcuts={item.view === 'intake' ? ariaKeyShortcuts('intake') : undefined}
                onClick={() => go({ name: item.view } as View)}
              >
                {t(item.key)}
              </button>
            ))}
          </div>
        ))}
        <button type="button" className="nav keyboard" aria-keyshortcuts={ariaKeyShortcuts('help')} onClick={() => useKeyboardHelp.getState().toggle()}>
          {t('keyboard.title')} <kbd dir="ltr">{chordLabel(SHORTCUTS.find((s) => s.action === 'help')!.chords[0], t)}</kbd>
        </button>
      </div>
    </nav>
  );
}
