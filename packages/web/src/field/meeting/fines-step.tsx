import { fineReasons, numberLocaleOf } from '@groundwork/core';
import { locale, t } from '../../i18n/i18n.ts';
import { AmountField } from './amount-field.tsx';
import { amountText } from './amounts.ts';
import { type FineDraft, type FineReason, newFine } from './draft.ts';
import { MemberSelect } from './member-select.tsx';
import { fineSuggestions } from './prefill.ts';
import { fieldId, type StepProps } from './step-props.ts';

export const reasonWord: Record<FineReason, () => string> = {
  absence: () => t('meeting.fine_reason.absence'),
  late: () => t('meeting.fine_reason.late'),
  late_repayment: () => t('meeting.fine_reason.late_repayment'),
  missed_saving: () => t('meeting.fine_reason.missed_saving'),
  other: () => t('meeting.fine_reason.other'),
};

/** Fines of the meeting: those the rules suggest for who was absent or late, and any others. */
export function FinesStep(props: StepProps) {
  const { draft, ctx, update, money } = props;
  const numberLocale = numberLocaleOf(locale.value);
  const suggestions = fineSuggestions(
    draft,
    ctx.group.rules,
    ctx.members.map((m) => m.personId),
  );
  const nameOf = (personId: string) =>
    ctx.members.find((m) => m.personId === personId)?.name || t('meeting.unnamed');
  const change = (key: string, patch: Partial<FineDraft>) =>
    update({ ...draft, fines: draft.fines.map((f) => (f.key === key ? { ...f, ...patch } : f)) });
  const suggested = suggestions.map((s) =>
    newFine(s.personId, s.reason, amountText(s.amount, ctx.currency, numberLocale)),
  );
  return (
    <>
      {suggestions.length > 0 && (
        <section class="card" aria-labelledby="meeting-fine-suggestions">
          <h3 id="meeting-fine-suggestions">{t('meeting.fines.suggested')}</h3>
          <ul class="plain">
            {suggestions.map((s, i) => (
              <li key={`${s.personId}-${s.reason}`}>
                <button
                  type="button"
                  onClick={() => update({ ...draft, fines: [...draft.fines, suggested[i]!] })}
                >
                  <span aria-hidden="true">＋</span>
                  {t('meeting.fines.add_suggested', {
                    name: nameOf(s.personId),
                    reason: reasonWord[s.reason](),
                    amount: money(s.amount),
                  })}
                </button>
              </li>
            ))}
          </ul>
          {suggestions.length > 1 && (
            <button type="button" onClick={() => update({ ...draft, fines: [...draft.fines, ...suggested] })}>
              {t('meeting.fines.add_all')}
            </button>
          )}
        </section>
      )}
      {draft.fines.map((fine, i) => (
        <fieldset key={fine.key} class="card">
          <legend>{t('meeting.fines.fine_number', { number: i + 1 })}</legend>
          <MemberSelect
            field={`fine.${fine.key}.personId`}
            value={fine.personId}
            onChange={(personId) => change(fine.key, { personId })}
            {...props}
          />
          <div class="field">
            <label for={fieldId(`fine.${fine.key}.reason`)}>{t('meeting.fines.reason')}</label>
            <select
              id={fieldId(`fine.${fine.key}.reason`)}
              value={fine.reason}
              onChange={(e) => change(fine.key, { reason: e.currentTarget.value as FineReason })}
            >
              {fineReasons.map((reason) => (
                <option key={reason} value={reason}>
                  {reasonWord[reason]()}
                </option>
              ))}
            </select>
          </div>
          <AmountField
            field={`fine.${fine.key}.amount`}
            label={t('meeting.fines.amount')}
            value={fine.amount}
            sheet={props.sheet}
            currency={ctx.currency}
            money={money}
            onInput={(amount) => change(fine.key, { amount })}
          />
          <label class="check">
            <input
              type="checkbox"
              checked={fine.paid}
              onChange={(e) => change(fine.key, { paid: e.currentTarget.checked })}
            />
            {t('meeting.fines.paid_now')}
          </label>
          <button
            type="button"
            class="danger"
            onClick={() => update({ ...draft, fines: draft.fines.filter((f) => f.key !== fine.key) })}
          >
            {t('meeting.fines.remove')}
          </button>
        </fieldset>
      ))}
      <div class="actions">
        <button
          type="button"
          onClick={() => update({ ...draft, fines: [...draft.fines, newFine('', 'other', '')] })}
        >
          <span aria-hidden="true">＋</span> {t('meeting.fines.add')}
        </button>
      </div>
      <p class="total">
        {t('meeting.fines.total', {
          levied: money(props.sheet.totals.finesLevied),
          paid: money(props.sheet.totals.finesPaid),
        })}
      </p>
    </>
  );
}
