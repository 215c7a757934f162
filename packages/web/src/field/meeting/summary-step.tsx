import { useState } from 'preact/hooks';
import { formatDate, t } from '../../i18n/i18n.ts';
import { problemMessage, warningMessage } from './messages.ts';
import type { Problem } from './sheet.ts';
import type { StepProps } from './step-props.ts';

export interface SummaryProps extends StepProps {
  books: boolean;
  sending: boolean;
  /** The step a problem's field is on, to go and fix it. */
  stepOf: (problem: Problem) => number;
  goTo: (step: number) => void;
  onConfirm: () => void;
  onDiscard: () => void;
}

/** The meeting at a glance: cash in hand before and after, totals of each kind, and the confirmation. */
export function SummaryStep(props: SummaryProps) {
  const { sheet, draft, money } = props;
  const totals = sheet.totals;
  const [discarding, setDiscarding] = useState(false);
  const rows = [
    { label: t('meeting.summary.cash_before'), amount: totals.cashBefore, sign: '' },
    { label: t('meeting.summary.savings'), amount: totals.savings, sign: '+' },
    { label: t('meeting.summary.repayments'), amount: totals.repayments, sign: '+' },
    { label: t('meeting.summary.fines_paid'), amount: totals.finesPaid, sign: '+' },
    { label: t('meeting.summary.loans'), amount: totals.loans, sign: '−' },
  ];
  return (
    <>
      <p>
        {t('meeting.summary.held', {
          date: formatDate(draft.heldOn || props.ctx.today),
          present: totals.present,
          members: totals.members,
        })}
      </p>
      {props.books && (
        <table class="summary">
          <caption class="visually-hidden">{t('meeting.summary.caption')}</caption>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td class="num money">
                  {row.sign && <span aria-hidden="true">{row.sign} </span>}
                  {money(row.amount)}
                </td>
              </tr>
            ))}
            <tr class="grand">
              <th scope="row">{t('meeting.summary.cash_after')}</th>
              <td class="num money">
                <strong>{money(totals.cashAfter)}</strong>
              </td>
            </tr>
            <tr>
              <th scope="row">{t('meeting.summary.fines_levied')}</th>
              <td class="num money">{money(totals.finesLevied)}</td>
            </tr>
          </tbody>
        </table>
      )}
      {sheet.problems.length > 0 && (
        <section class="card problems" aria-labelledby="meeting-problems">
          <h3 id="meeting-problems">
            <span aria-hidden="true">✖ </span>
            {t('meeting.summary.problems', { count: sheet.problems.length })}
          </h3>
          <ul class="plain">
            {sheet.problems.map((p) => (
              <li key={`${p.field}-${p.code}`}>
                <button type="button" class="link" onClick={() => props.goTo(props.stepOf(p))}>
                  {problemMessage(p, money)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {sheet.warnings.length > 0 && (
        <section class="card warnings" aria-labelledby="meeting-warnings">
          <h3 id="meeting-warnings">
            <span aria-hidden="true">⚠ </span>
            {t('meeting.summary.warnings')}
          </h3>
          <ul>
            {sheet.warnings.map((w) => (
              <li key={`${w.field}-${w.code}`}>{warningMessage(w, money)}</li>
            ))}
          </ul>
          <p>{t('meeting.summary.warnings_hint')}</p>
        </section>
      )}
      <div class="actions">
        <button
          type="button"
          class="primary confirm-meeting"
          disabled={sheet.problems.length > 0 || props.sending}
          onClick={props.onConfirm}
        >
          <span aria-hidden="true">✓</span> {t('meeting.summary.confirm')}
        </button>
        {discarding ? (
          <button type="button" class="danger" onClick={props.onDiscard}>
            {t('meeting.summary.discard_really')}
          </button>
        ) : (
          <button type="button" class="danger" onClick={() => setDiscarding(true)}>
            {t('meeting.summary.discard')}
          </button>
        )}
      </div>
    </>
  );
}
