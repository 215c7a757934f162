import type { ComponentChildren } from 'preact';
import { t, type WebKey } from '../i18n/i18n.ts';

interface FieldProps {
  id: string;
  label: string;
  hint?: string | undefined;
  /** What is wrong, in words: one of ours already translated, or the server's rule in its words. */
  error?: string | undefined;
  /** The control, given `id`, `aria-invalid` and `aria-describedby` by the caller through `describedBy`. */
  children: ComponentChildren;
}

/** The ids a control points to for its hint and its error, when they are shown. */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** A labelled control with its hint and, after a failed check, what is wrong in words. */
export function Field({ id, label, hint, error, children }: FieldProps) {
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** The same, for a form whose check names what a field needs by one of our keys. */
export function FormField({ error, ...props }: Omit<FieldProps, 'error'> & { error: WebKey | undefined }) {
  return <Field {...props} error={error && t(error)} />;
}

/** Moves the focus to the first control the check refused, so that a screen reader hears why. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
