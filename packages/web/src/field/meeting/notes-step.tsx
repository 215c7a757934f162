import { t } from '../../i18n/i18n.ts';
import { fieldId, type StepProps } from './step-props.ts';

/** What the group decided, one line each, and the minutes in the secretary's own words. */
export function NotesStep({ draft, update }: StepProps) {
  const setDecision = (at: number, text: string) =>
    update({ ...draft, decisions: draft.decisions.map((d, i) => (i === at ? text : d)) });
  return (
    <>
      <h3>{t('meeting.notes.decisions')}</h3>
      {draft.decisions.length === 0 && <p class="muted">{t('meeting.notes.no_decisions')}</p>}
      {draft.decisions.map((decision, i) => (
        <div class="field decision" key={i}>
          <label for={fieldId(`decision.${i}`)}>
            {t('meeting.notes.decision_number', { number: i + 1 })}
          </label>
          <div class="row">
            <input
              id={fieldId(`decision.${i}`)}
              type="text"
              maxLength={500}
              value={decision}
              onInput={(e) => setDecision(i, e.currentTarget.value)}
            />
            <button
              type="button"
              class="danger"
              aria-label={t('meeting.notes.remove_decision', { number: i + 1 })}
              onClick={() => update({ ...draft, decisions: draft.decisions.filter((_, j) => j !== i) })}
            >
              <span aria-hidden="true">✗</span>
            </button>
          </div>
        </div>
      ))}
      <div class="actions">
        <button type="button" onClick={() => update({ ...draft, decisions: [...draft.decisions, ''] })}>
          <span aria-hidden="true">＋</span> {t('meeting.notes.add_decision')}
        </button>
      </div>
      <div class="field">
        <label for={fieldId('minutes')}>{t('meeting.notes.minutes')}</label>
        <textarea
          id={fieldId('minutes')}
          rows={6}
          maxLength={5000}
          value={draft.minutes}
          onInput={(e) => update({ ...draft, minutes: e.currentTarget.value })}
        />
      </div>
    </>
  );
}
