import { numberLocaleOf } from '@groundwork/core';
import { formatDate, locale, t } from '../../i18n/i18n.ts';
import { AmountField } from './amount-field.tsx';
import { amountText } from './amounts.ts';
import type { StepProps } from './step-props.ts';

/** Repayments on the open loans, each prefilled with what has fallen due by the meeting and not been paid. */
export function RepaymentsStep({ draft, sheet, ctx, update, money }: StepProps) {
  const numberLocale = numberLocaleOf(locale.value);
  if (sheet.repayments.length === 0) return <p>{t('meeting.repayments.none')}</p>;
  return (
    <>
      {sheet.repayments.map((line) => {
        const member = ctx.members.find((m) => m.personId === line.loan.personId);
        return (
          <AmountField
            key={line.loan.id}
            field={`repayment.${line.loan.id}`}
            label={t('meeting.repayments.label', {
              name: member?.name || t('meeting.unnamed'),
              principal: money(line.loan.principal),
              date: formatDate(line.loan.disbursedOn),
            })}
            hint={t('meeting.repayments.hint', { due: money(line.due), payoff: money(line.payoff) })}
            value={
              draft.repayments[line.loan.id] ??
              (line.amount > 0 ? amountText(line.amount, ctx.currency, numberLocale) : '')
            }
            sheet={sheet}
            currency={ctx.currency}
            money={money}
            onInput={(text) =>
              update({ ...draft, repayments: { ...draft.repayments, [line.loan.id]: text } })
            }
          />
        );
      })}
      <p class="total">
        {t('meeting.repayments.total')} <strong class="money">{money(sheet.totals.repayments)}</strong>
      </p>
    </>
  );
}
