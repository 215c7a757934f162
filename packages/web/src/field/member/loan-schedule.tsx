import { formatDate, t } from '../../i18n/i18n.ts';
import type { LocalLoan } from '../../local/finance.ts';
import { money } from '../format.ts';

/** One open loan: what is left, what is due, and each instalment with whether it is paid. */
export function LoanSchedule({ loan, currency }: { loan: LocalLoan; currency: string }) {
  return (
    <div class="card">
      <h3>
        {t('field.member.loan_of', {
          date: formatDate(loan.disbursedOn),
          amount: money(loan.principal, currency),
        })}
      </h3>
      <p>
        {t('field.member.loan_left')}{' '}
        <strong class="money">{money(loan.principalOutstanding, currency)}</strong>
        {loan.daysPastDue > 0 && (
          <span class="badge refused"> {t('field.member.days_late', { count: loan.daysPastDue })}</span>
        )}
      </p>
      {loan.nextDueOn && <p>{t('field.member.next_instalment', { date: formatDate(loan.nextDueOn) })}</p>}
      <div class="scroll">
        <table>
          <caption class="visually-hidden">{t('field.member.schedule')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('field.member.instalment')}</th>
              <th scope="col">{t('field.member.due_on')}</th>
              <th scope="col" class="num">
                {t('field.member.amount')}
              </th>
              <th scope="col">{t('field.member.paid')}</th>
            </tr>
          </thead>
          <tbody>
            {loan.schedule.map((row) => (
              <tr key={row.number}>
                <td>{row.number}</td>
                <td>{formatDate(row.dueOn)}</td>
                <td class="num money">{money(row.principal + row.interest, currency)}</td>
                <td>{row.paidOn ? `✓ ${formatDate(row.paidOn)}` : t('field.member.not_paid')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
