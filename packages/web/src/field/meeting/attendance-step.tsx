import type { AttendanceStatus } from '@groundwork/core';
import { t } from '../../i18n/i18n.ts';
import { allPresent, nextStatus } from './draft.ts';
import { describedBy, FieldNote, hasProblem } from './field-note.tsx';
import { fieldId, type StepProps } from './step-props.ts';

const statusWord: Record<AttendanceStatus, () => string> = {
  present: () => t('meeting.status.present'),
  absent: () => t('meeting.status.absent'),
  excused: () => t('meeting.status.excused'),
  late: () => t('meeting.status.late'),
  represented: () => t('meeting.status.represented'),
};

/** A sign for each status, so that it is not told by colour alone. */
const statusSign: Record<AttendanceStatus, string> = {
  present: '✓',
  absent: '✗',
  excused: '○',
  late: '◔',
  represented: '⇄',
};

/** The day of the meeting, then one tap per member to mark who came. */
export function AttendanceStep({ draft, sheet, ctx, update, money }: StepProps) {
  const everyone = ctx.members.map((m) => m.personId);
  return (
    <>
      <div class="field">
        <label for={fieldId('heldOn')}>{t('meeting.date')}</label>
        <input
          id={fieldId('heldOn')}
          type="date"
          max={ctx.today}
          value={draft.heldOn}
          aria-invalid={hasProblem(sheet, 'heldOn')}
          aria-describedby={describedBy(sheet, 'heldOn')}
          onInput={(e) => update({ ...draft, heldOn: e.currentTarget.value })}
        />
        <FieldNote field="heldOn" sheet={sheet} money={money} />
      </div>
      <h3 id="meeting-attendance-title">{t('meeting.attendance.title')}</h3>
      <p id="meeting-attendance-hint" class="muted">
        {t('meeting.attendance.hint')}
      </p>
      <div class="actions">
        <button type="button" onClick={() => update(allPresent(draft, everyone))}>
          <span aria-hidden="true">✓</span> {t('meeting.attendance.all_present')}
        </button>
      </div>
      <ul class="attendance" aria-labelledby="meeting-attendance-title" id={fieldId('attendance')}>
        {ctx.members.map((m) => {
          const status = draft.attendance[m.personId];
          return (
            <li key={m.personId}>
              <button
                type="button"
                class={`status status-${status ?? 'unmarked'}`}
                aria-describedby="meeting-attendance-hint"
                onClick={() =>
                  update({ ...draft, attendance: { ...draft.attendance, [m.personId]: nextStatus(status) } })
                }
              >
                <span class="name">{m.name || t('meeting.unnamed')}</span>
                <span class="state">
                  <span aria-hidden="true">{status ? statusSign[status] : '?'}</span>{' '}
                  {status ? statusWord[status]() : t('meeting.status.unmarked')}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <p class="muted" aria-live="polite">
        {t('meeting.attendance.count', { present: sheet.totals.present, members: sheet.totals.members })}
      </p>
      <FieldNote field="attendance" sheet={sheet} money={money} />
    </>
  );
}
