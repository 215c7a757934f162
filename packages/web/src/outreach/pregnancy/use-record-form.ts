import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { focusFirstInvalid } from '../../field/form-field.tsx';
import { t, type WebKey } from '../../i18n/i18n.ts';
import { enqueue } from '../../sync/outbox.ts';
import type { FieldErrors } from '../form-parts.tsx';
import { refusalText } from '../rules.ts';
import type { Checked } from './pregnancy-form.ts';

/**
 * The state of a small record form: its values, the errors of the last check and the save that queues
 * the command and goes back to her page; a core rule's refusal is shown under its field in the server's words.
 */
export function useRecordForm<V extends Record<string, string>>(initial: V, personId: string) {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors<Extract<keyof V, string>>>({});
  const [saving, setSaving] = useState(false);
  const ref = useRef<HTMLFormElement>(null);
  const { route } = useLocation();
  useEffect(() => {
    if (Object.keys(errors).length > 0) focusFirstInvalid(ref.current);
  }, [errors]);
  const set = (field: keyof V) => (event: Event) =>
    setValues({ ...values, [field]: (event.target as HTMLInputElement).value });

  async function submit(type: string, checked: Checked<Extract<keyof V, string>>, fallback: keyof V) {
    if (!checked.ok) {
      const shown: Record<string, string> = Object.fromEntries(
        Object.entries(checked.errors).map(([field, key]) => [field, t(key as WebKey)]),
      );
      if (checked.rule) {
        const refusal = await refusalText(checked.rule);
        shown[refusal.field && refusal.field in values ? refusal.field : String(fallback)] = refusal.message;
      }
      return setErrors(shown as FieldErrors<Extract<keyof V, string>>);
    }
    setSaving(true);
    try {
      await enqueue(type, checked.payload);
      route(`/outreach/people/${personId}`);
    } finally {
      setSaving(false);
    }
  }
  return { values, setValues, errors, saving, ref, set, submit };
}
