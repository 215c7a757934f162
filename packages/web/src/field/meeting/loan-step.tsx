import { type LoanFrequency, type LoanMethod, loanFrequencies, loanMethods } from '@groundwork/core';
import { formatDate, formatNumber, t } from '../../i18n/i18n.ts';
import { AmountField } from './amount-field.tsx';
import { type LoanDraft, newLoanDraft } from './draft.ts';
import { describedBy, FieldNote, hasProblem } from './field-note.tsx';
import { defaultRateBps, percentText } from './loan-terms.ts';
import { MemberSelect } from './member-select.tsx';
import type { LoanLine } from './sheet.ts';
import { fieldId, type StepProps } from './step-props.ts';

const frequencyWord: Record<LoanFrequency, () => string> = {
  weekly: () => t('meeting.frequency.weekly'),
  fortnightly: () => t('meeting.frequency.fortnightly'),
  monthly: () => t('meeting.frequency.monthly'),
};

const methodWord: Record<LoanMethod, () => string> = {
  flat: () => t('meeting.method.flat'),
  declining_equal_instalment: () => t('meeting.method.declining_equal_instalment'),
  declining_equal_principal: () => t('meeting.method.declining_equal_principal'),
};

function SchedulePreview({ line, money }: { line: LoanLine; money: StepProps['money'] }) {
  if (!line.preview) return <p class="muted">{t('meeting.loan.preview_waiting')}</p>;
  const { schedule, interest, total } = line.preview;
  return (
    <details class="preview">
      <summary>
        {t('meeting.loan.preview_summary', {
          count: schedule.length,
          first: money((schedule[0]?.principal ?? 0) + (schedule[0]?.interest ?? 0)),
          interest: money(interest),
          total: money(total),
        })}
      </summary>
      <table>
        <caption class="visually-hidden">{t('meeting.loan.preview_caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('meeting.loan.col_number')}</th>
            <th scope="col">{t('meeting.loan.col_due')}</th>
            <th scope="col" class="num">
              {t('meeting.loan.col_amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {schedule.map((row) => (
            <tr key={row.number}>
              <td>{formatNumber(row.number)}</td>
              <td>{formatDate(row.dueOn)}</td>
              <td class="num money">{money(row.principal + row.interest)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function LoanForm(props: StepProps & { line: LoanLine; number: number }) {
  const { draft, ctx, update, money, line } = props;
  const loan = line.draft;
  const field = (name: string) => `loan.${loan.key}.${name}`;
  const change = (patch: Partial<LoanDraft>) =>
    update({ ...draft, loans: draft.loans.map((l) => (l.key === loan.key ? { ...l, ...patch } : l)) });
  const standardRate = percentText(defaultRateBps(ctx.group.rules.interestRateBpsPerMonth, loan.frequency));
  return (
    <fieldset class="card">
      <legend>{t('meeting.loan.number', { number: props.number })}</legend>
      <MemberSelect
        field={field('personId')}
        value={loan.personId}
        onChange={(personId) => change({ personId })}
        {...props}
      />
      <AmountField
        field={field('principal')}
        label={t('meeting.loan.principal')}
        value={loan.principal}
        {...(line.cap !== undefined ? { hint: t('meeting.loan.cap_hint', { cap: money(line.cap) }) } : {})}
        sheet={props.sheet}
        currency={ctx.currency}
        money={money}
        onInput={(principal) => change({ principal })}
      />
      <div class="field">
        <label for={fieldId(field('instalments'))}>{t('meeting.loan.instalments')}</label>
        <input
          id={fieldId(field('instalments'))}
          type="text"
          inputMode="numeric"
          value={loan.instalments}
          aria-invalid={hasProblem(props.sheet, field('instalments'))}
          aria-describedby={describedBy(props.sheet, field('instalments'))}
          onInput={(e) => change({ instalments: e.currentTarget.value })}
        />
        <FieldNote field={field('instalments')} sheet={props.sheet} money={money} />
      </div>
      <div class="field">
        <label for={fieldId(field('frequency'))}>{t('meeting.loan.frequency')}</label>
        <select
          id={fieldId(field('frequency'))}
          value={loan.frequency}
          onChange={(e) => change({ frequency: e.currentTarget.value as LoanFrequency })}
        >
          {loanFrequencies.map((f) => (
            <option key={f} value={f}>
              {frequencyWord[f]()}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={fieldId(field('method'))}>{t('meeting.loan.method')}</label>
        <select
          id={fieldId(field('method'))}
          value={loan.method}
          onChange={(e) => change({ method: e.currentTarget.value as LoanMethod })}
        >
          {loanMethods.map((m) => (
            <option key={m} value={m}>
              {methodWord[m]()}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={fieldId(field('rate'))}>{t('meeting.loan.rate')}</label>
        <p id={`${fieldId(field('rate'))}-hint`} class="muted hint">
          {t('meeting.loan.rate_hint', { rate: standardRate })}
        </p>
        <input
          id={fieldId(field('rate'))}
          type="text"
          inputMode="decimal"
          value={loan.rate ?? standardRate}
          aria-invalid={hasProblem(props.sheet, field('rate'))}
          aria-describedby={describedBy(props.sheet, field('rate'), `${fieldId(field('rate'))}-hint`)}
          onInput={(e) => change({ rate: e.currentTarget.value })}
        />
        <FieldNote field={field('rate')} sheet={props.sheet} money={money} />
      </div>
      <div class="field">
        <label for={fieldId(field('purpose'))}>{t('meeting.loan.purpose')}</label>
        <input
          id={fieldId(field('purpose'))}
          type="text"
          value={loan.purpose}
          aria-invalid={hasProblem(props.sheet, field('purpose'))}
          aria-describedby={describedBy(props.sheet, field('purpose'))}
          onInput={(e) => change({ purpose: e.currentTarget.value })}
        />
        <FieldNote field={field('purpose')} sheet={props.sheet} money={money} />
      </div>
      <p class="muted">{t('meeting.loan.available', { available: money(Math.max(0, line.available)) })}</p>
      <SchedulePreview line={line} money={money} />
      <button
        type="button"
        class="danger"
        onClick={() => update({ ...draft, loans: draft.loans.filter((l) => l.key !== loan.key) })}
      >
        {t('meeting.loan.remove')}
      </button>
    </fieldset>
  );
}

/** New loans given at the meeting, each with its schedule and the checks of funds and of the cap. */
export function LoanStep(props: StepProps) {
  const { draft, sheet, ctx, update } = props;
  return (
    <>
      {sheet.loans.length === 0 && <p class="muted">{t('meeting.loan.none')}</p>}
      {sheet.loans.map((line, i) => (
        <LoanForm key={line.draft.key} {...props} line={line} number={i + 1} />
      ))}
      <div class="actions">
        <button
          type="button"
          onClick={() => update({ ...draft, loans: [...draft.loans, newLoanDraft(ctx.group)] })}
        >
          <span aria-hidden="true">＋</span> {t('meeting.loan.add')}
        </button>
      </div>
    </>
  );
}
