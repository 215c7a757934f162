import type { ComponentChildren } from 'preact';
import { t, type WebKey } from '../i18n/i18n.ts';

interface Props {
  id: string;
  label: string;
  hint?: string;
  error: WebKey | undefined;
  /** The control, given `id`, `aria-invalid` and `aria-describedby` by the caller through `describedBy`. */
  children: ComponentChildren;
}

/** The ids a control points to for its hint and its error, when they are shown. */
export function describedBy(
  id: string,
  hint: string | undefined,
  error: WebKey | undefined,
): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** A labelled control with its hint and, after a failed check, what it needs. */
export function FormField({ id, label, hint, error, children }: Props) {
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
          {t(error)}
        </p>
      )}
    </div>
  );
}

/** Moves the focus to the first control the check refused, so that a screen reader hears why. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
