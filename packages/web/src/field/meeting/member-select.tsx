import { t } from '../../i18n/i18n.ts';
import { describedBy, FieldNote, hasProblem } from './field-note.tsx';
import { fieldId, type StepProps } from './step-props.ts';

/** A labelled choice of one member of the group. */
export function MemberSelect(
  props: {
    field: string;
    value: string;
    onChange: (personId: string) => void;
  } & Pick<StepProps, 'sheet' | 'ctx' | 'money'>,
) {
  const id = fieldId(props.field);
  return (
    <div class="field">
      <label for={id}>{t('meeting.member')}</label>
      <select
        id={id}
        value={props.value}
        aria-invalid={hasProblem(props.sheet, props.field)}
        aria-describedby={describedBy(props.sheet, props.field)}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        <option value="">{t('meeting.choose_member')}</option>
        {props.ctx.members.map((m) => (
          <option key={m.personId} value={m.personId}>
            {m.name || t('meeting.unnamed')}
          </option>
        ))}
      </select>
      <FieldNote field={props.field} sheet={props.sheet} money={props.money} />
    </div>
  );
}
