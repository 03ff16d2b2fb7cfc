import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from './Field.js';
import { Header } from './Header.js';
import { RecoveryBanner } from './RecoveryBanner.js';
import { SideNav } from './SideNav.js';
import { Dashboard } from '../orders/index.js';
import { FirstRun } from './FirstRun.js';
import { ChoosePin, SignIn } from '../session/index.js';
import { Intake } from '../orders/index.js';
import { Customers } from '../customers/index.js';
import { OrderDetail } from '../orders/index.js';
import { OrdersList } from '../orders/index.js';
import { SettingsScreen } from '../settings/index.js';
import { StaffScreen } from '../staff/index.js';
import { Expiring } from '../warranty/index.js';
import { Registry } from '../registry/index.js';
import { HistoryImport } from '../history/index.js';
import { Loaners } from '../loans/index.js';
import { Parts } from '../parts/index.js';
import { Claims } from '../claims/index.js';
import { Analytics } from '../analytics/index.js';
import { Shipments } from '../shipments/index.js';
import { CashBook } from '../payments/index.js';
import { Reports } from '../reports/index.js';
import { WarrantyCheck } from '../warranty/index.js';
import { signedInMember, useSession } from '../session/index.js';
import { ConfirmDialog } from './ConfirmDialog.js';
import { NeedsToken } from './NeedsToken.js';
import { KeyboardHelp } from './KeyboardHelp.js';
import { useShortcuts } from './shortcuts.js';

/** The shell of a signed-in member: the header, the side menu, the screen, and the keyboard's shortcuts. */
function Workspace({ children }: { children: ReactNode }) {
  useShortcuts();
  return (
    <div className="app">
      <Header />
      <div className="workspace">
        <SideNav />
        {children}
      </div>
      <KeyboardHelp />
    </div>
  );
}

export function App() {
  const { t } = useTranslation();
  const { info, view, error, load, currentUserId, pendingView, leave, stay } = useSession();
  useEffect(() => {
    void load();
  }, [load]);

  // In a browser, a refusal before anything loads is a missing or outdated access key (a bookmark): say what to do.
  if (!info && error?.code === 'forbidden' && !window.workshop) return <NeedsToken />;
  if (!info) return error ? <ErrorBanner error={error} /> : <p className="loading">{t('app.loading')}</p>;
  if (info.empty) return <FirstRun />;
  if (!currentUserId || signedInMember()?.hasPin === false) {
    // What start-up repaired is told before anything else, also to whoever is about to sign in.
    return (
      <main>
        <RecoveryBanner />
        {currentUserId ? <ChoosePin /> : <SignIn />}
      </main>
    );
  }
  return (
    <Workspace>
      <main>
        <RecoveryBanner />
        <ErrorBanner error={error} />
        {view.name === 'dashboard' && <Dashboard />}
        {view.name === 'orders' && <OrdersList />}
        {view.name === 'order' && <OrderDetail id={view.id} />}
        {view.name === 'intake' && <Intake />}
        {view.name === 'customers' && <Customers />}
        {view.name === 'warranty' && <WarrantyCheck />}
        {view.name === 'expiring' && <Expiring />}
        {view.name === 'registry' && <Registry />}
        {view.name === 'history' && <HistoryImport />}
        {view.name === 'loaners' && <Loaners />}
        {view.name === 'parts' && <Parts />}
        {view.name === 'claims' && <Claims />}
        {view.name === 'analytics' && <Analytics />}
        {view.name === 'shipments' && <Shipments />}
        {view.name === 'cashbook' && <CashBook />}
        {view.name === 'reports' && <Reports />}
        {view.name === 'staff' && <StaffScreen />}
        {view.name === 'settings' && <SettingsScreen />}
        {pendingView && (
          <ConfirmDialog
            title={t('unsaved.title')}
            text={t('unsaved.text')}
            confirmLabel={t('unsaved.leave')}
            cancelLabel={t('unsaved.stay')}
            onConfirm={leave}
            onCancel={stay}
          />
        )}
      </main>
    </Workspace>
  );
}
