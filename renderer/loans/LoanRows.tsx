import { useTranslation } from 'react-i18next';
import type { LoanView } from '../../shared/loans/schemas.js';
import { formatDate } from '../app/i18n/index.js';
import { useSession } from '../session/index.js';
import { Phones } from '../customers/index.js';

/** Loans as a table; a row opens the order the loaner was lent for. */
export function LoanRows({ loans }: { loans: LoanView[] }) {
  const { t } = useTranslation();
  const { go, language } = useSession();
  return (
    <table className="loans">
      <thead>
        <tr>
          <th>{t('loans.unit')}</th>
          <th>{t('loans.customer')}</th>
          <th>{t('loans.order')}</th>
          <th>{t('loans.dueBack')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {loans.map((l) => (
          <tr key={l.loan.id} tabIndex={0} onClick={() => go({ name: 'order', id: l.loan.orderId })} onKeyDown={(e) => e.key === 'Enter' && go({ name: 'order', id: l.loan.orderId })}>
            <td>
              <span className="mono">{l.unit.inventoryNumber}</span> {l.unit.model}
            </td>
            <td>
              <bdi>{l.customerName}</bdi>
              <div className="muted small" dir="ltr">
                <Phones phones={[l.customerPhone]} />
              </div>
            </td>
            <td className="mono">{l.orderNumber}</td>
            <td>{formatDate(l.loan.dueBack, language)}</td>
            <td>
              <span className={`badge loan-${l.state}`}>{t(`loans.loanStates.${l.state}`)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
