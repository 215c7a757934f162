import { numberLocaleOf } from '@groundwork/core';
import { locale, t } from '../../i18n/i18n.ts';
import { AmountField } from './amount-field.tsx';
import { amountText } from './amounts.ts';
import type { StepProps } from './step-props.ts';

/** Each member's saving, the constitution's amount for those who came, changed where she saves more or less. */
export function SavingsStep({ draft, sheet, ctx, update, money }: StepProps) {
  const numberLocale = numberLocaleOf(locale.value);
  return (
    <>
      <p class="muted">
        {t('meeting.savings.hint', { amount: money(ctx.group.rules.savingAmountPerMeeting) })}
      </p>
      {sheet.savings.map((line) => {
        const member = ctx.members.find((m) => m.personId === line.personId);
        return (
          <AmountField
            key={line.personId}
            field={`saving.${line.personId}`}
            label={member?.name || t('meeting.unnamed')}
            value={
              draft.savings[line.personId] ??
              (line.amount > 0 ? amountText(line.amount, ctx.currency, numberLocale) : '')
            }
            sheet={sheet}
            currency={ctx.currency}
            money={money}
            onInput={(text) => update({ ...draft, savings: { ...draft.savings, [line.personId]: text } })}
          />
        );
      })}
      <p class="total">
        {t('meeting.savings.total')} <strong class="money">{money(sheet.totals.savings)}</strong>
      </p>
    </>
  );
}
