import { t } from '../../i18n/i18n.ts';
import { problemMessage, warningMessage } from './messages.ts';
import type { Sheet } from './sheet.ts';
import { fieldId } from './step-props.ts';

/** The id of the note under a field, for aria-describedby. */
export const noteId = (field: string): string => `${fieldId(field)}-note`;

/** What is wrong or doubtful about one field, in words and with a sign, under the field. */
export function FieldNote({
  field,
  sheet,
  money,
}: {
  field: string;
  sheet: Sheet;
  money: (minor: number) => string;
}) {
  const problems = sheet.problems.filter((p) => p.field === field);
  const warnings = sheet.warnings.filter((w) => w.field === field);
  if (problems.length === 0 && warnings.length === 0) return null;
  return (
    <div id={noteId(field)}>
      {problems.map((p) => (
        <p key={p.code} class="problem">
          <span aria-hidden="true">✖ </span>
          <span class="visually-hidden">{t('meeting.problem_label')}</span>
          {problemMessage(p, money)}
        </p>
      ))}
      {warnings.map((w) => (
        <p key={w.code} class="warning">
          <span aria-hidden="true">⚠ </span>
          <span class="visually-hidden">{t('meeting.warning_label')}</span>
          {warningMessage(w, money)}
        </p>
      ))}
    </div>
  );
}

/** Whether a field has a problem, for aria-invalid. */
export const hasProblem = (sheet: Sheet, field: string): boolean =>
  sheet.problems.some((p) => p.field === field);

/** aria-describedby for a field: its hint, and its note when there is one. */
export function describedBy(sheet: Sheet, field: string, hint?: string): string | undefined {
  const ids = [
    ...(hint ? [hint] : []),
    ...(sheet.problems.some((p) => p.field === field) || sheet.warnings.some((w) => w.field === field)
      ? [noteId(field)]
      : []),
  ];
  return ids.length > 0 ? ids.join(' ') : undefined;
}
