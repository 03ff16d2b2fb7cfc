import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Language } from '../../shared/schemas/common.js';
import { api } from '../api/index.js';
import { useOrders } from '../stores/orders.js';
import { type View, useSession } from '../stores/session.js';
import { LanguageOptions } from './LanguageOptions.js';

const NAV: Array<{ view: View['name']; key: string }> = [
  { view: 'dashboard', key: 'nav.dashboard' },
  { view: 'orders', key: 'nav.orders' },
  { view: 'intake', key: 'nav.intake' },
  { view: 'warranty', key: 'nav.warranty' },
  { view: 'loaners', key: 'nav.loaners' },
  { view: 'shipments', key: 'shipments.nav' },
  { view: 'expiring', key: 'nav.expiring' },
  { view: 'registry', key: 'nav.registry' },
  { view: 'staff', key: 'nav.staff' },
  { view: 'settings', key: 'nav.settings' },
];

export function Header() {
  const { t } = useTranslation();
  const { view, go, staff, currentUserId, setCurrentUser, language, setLanguage, settings } = useSession();
  const [code, setCode] = useState('');

  /** A barcode scanner types the code and Enter: open that order, or show the search results. */
  async function scan(event: FormEvent) {
    event.preventDefault();
    const typed = code.trim();
    if (!typed) return;
    const found = await api().call('orders.find', { code: typed });
    setCode('');
    if (found.ok && found.value) return go({ name: 'order', id: found.value.id });
    useOrders.getState().setQuery(typed);
    go({ name: 'orders' });
  }

  return (
    <header className="topbar">
      <div className="brand">{settings?.workshop.name || t('app.title')}</div>
      <nav>
        {NAV.map((item) => (
          <button
            key={item.view}
            type="button"
            className={view.name === item.view || (item.view === 'orders' && view.name === 'order') ? 'nav active' : 'nav'}
            onClick={() => go({ name: item.view } as View)}
          >
            {t(item.key)}
          </button>
        ))}
      </nav>
      <form className="scan" onSubmit={scan} role="search">
        <input
          aria-label={t('header.scan')}
          placeholder={t('header.scan')}
          value={code}
          onChange={(e) => setCode(e.target.value)}
        />
      </form>
      <label className="compact">
        <span>{t('header.currentUser')}</span>
        <select aria-label={t('header.currentUser')} value={currentUserId ?? ''} onChange={(e) => setCurrentUser(e.target.value)}>
          {staff
            .filter((s) => s.active)
            .map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({t(`role.${s.role}`)})
              </option>
            ))}
        </select>
      </label>
      <label className="compact">
        <span>{t('header.language')}</span>
        <select aria-label={t('header.language')} value={language} onChange={(e) => void setLanguage(e.target.value as Language)}>
          <LanguageOptions />
        </select>
      </label>
    </header>
  );
}
