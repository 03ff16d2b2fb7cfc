import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Language } from '../../shared/platform/common.js';
import { api } from './api/index.js';
import { useOrders } from '../orders/index.js';
import { signedInMember, useSession } from '../session/index.js';
import { LanguageOptions } from './LanguageOptions.js';
import { ariaKeyShortcuts } from './shortcuts.js';


export function Header() {
  const { t } = useTranslation();
  const { go, signOut, language, setLanguage, settings } = useSession();
  const member = signedInMember();
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
      <form className="scan" onSubmit={scan} role="search">
        <input
          aria-label={t('header.scan')}
          aria-keyshortcuts={ariaKeyShortcuts('search')}
          data-shortcut="search"
          placeholder={t('header.scan')}
          value={code}
          onChange={(e) => setCode(e.target.value)}
        />
      </form>
      <div className="compact signed-in">
        <span>{member && t('header.signedIn', { name: member.name, role: t(`role.${member.role}`) })}</span>
        <button type="button" onClick={() => void signOut()}>
          {t('header.signOut')}
        </button>
      </div>
      <label className="compact">
        <span>{t('header.language')}</span>
        <select aria-label={t('header.language')} value={language} onChange={(e) => void setLanguage(e.target.value as Language)}>
          <LanguageOptions />
        </select>
      </label>
    </header>
  );
}
