import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { t, type WebKey } from '../i18n/i18n.ts';
import type { OutboxItem } from '../local/db.ts';
import { enqueue, resubmit } from '../sync/outbox.ts';
import { describedBy, focusFirstInvalid } from '../ui/form-field.tsx';
import type { FieldErrors } from './form-parts.tsx';
import { type Checked, refusalText } from './rules.ts';

/** The record's id: the refused command's own when correcting it, so the server sees the same record. */
export const recordId = (fix: OutboxItem | undefined, fresh: () => string): string =>
  typeof fix?.payload.id === 'string' ? fix.payload.id : fresh();

/**
 * The state of a record form about her: its values, the errors of the last check, and the save that
 * queues the command (or resubmits the refused one being corrected) and goes back to her page. A core
 * rule's refusal is shown under a field in the server's words: the rule's own field when the form has
 * it, else `ruleField` (a field, or a function from the rule's field for forms whose names differ).
 */
export function useRecordForm<V extends object>(
  initial: V | (() => V),
  { personId, prefix, fix }: { personId: string; prefix: string; fix?: OutboxItem | undefined },
) {
  type F = Extract<keyof V, string>;
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [saving, setSaving] = useState(false);
  const ref = useRef<HTMLFormElement>(null);
  const { route } = useLocation();
  useEffect(() => {
    if (Object.keys(errors).length > 0) focusFirstInvalid(ref.current);
  }, [errors]);
  const set = (field: F) => (event: Event) =>
    setValues({ ...values, [field]: (event.target as HTMLInputElement).value });

  /** The attributes every control shares: its id, name, value and the words that describe it. */
  const control = (field: F, hint?: string) => ({
    id: `${prefix}-${field}`,
    name: field,
    value: values[field] as string,
    'aria-invalid': errors[field] ? ('true' as const) : undefined,
    'aria-describedby': describedBy(`${prefix}-${field}`, hint, errors[field]),
  });

  async function submit(type: string, checked: Checked<F>, ruleField: F | ((field?: string) => F)) {
    if (!checked.ok) {
      const shown: FieldErrors<F> = Object.fromEntries(
        Object.entries(checked.errors).map(([field, key]) => [field, t(key as WebKey)]),
      ) as FieldErrors<F>;
      if (checked.rule) {
        const refusal = await refusalText(checked.rule);
        const own = refusal.field && refusal.field in values ? (refusal.field as F) : undefined;
        const field = typeof ruleField === 'function' ? ruleField(refusal.field) : (own ?? ruleField);
        shown[field] = refusal.message;
      }
      return setErrors(shown);
    }
    setSaving(true);
    try {
      if (fix?.seq !== undefined) await resubmit(fix.seq, checked.payload);
      else await enqueue(type, checked.payload);
      route(`/outreach/people/${personId}`);
    } finally {
      setSaving(false);
    }
  }
  return { values, setValues, errors, saving, ref, set, control, submit };
}
