import { t } from '../../i18n/i18n.ts';
import type { GroupFinance } from '../../local/finance.ts';
import { money } from '../format.ts';

/** The group's money as the server last computed it. */
export function Balances({ finance }: { finance: GroupFinance }) {
  const bank = finance.bank.reduce((sum, b) => sum + b.balance, 0);
  const rows: [string, number][] = [
    [t('field.balance.cash'), finance.cash],
    [t('field.balance.bank'), bank],
    [t('field.balance.savings'), finance.savings],
    [t('field.balance.loans'), finance.loansOutstanding],
    [t('field.balance.social_fund'), finance.socialFund],
  ];
  return (
    <section aria-labelledby="balances-title">
      <h2 id="balances-title">{t('field.group.balances')}</h2>
      <dl class="balances">
        {rows.map(([label, amount]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd class="money">{money(amount, finance.currency)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
