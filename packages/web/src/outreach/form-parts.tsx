import type { ComponentChildren } from 'preact';
import { t, type WebKey } from '../i18n/i18n.ts';

/** What a form shows under a control after a check: one of our words, or the server's rule in its words. */
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/** The ids a control points to for its hint and its error, when they are shown. */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ComponentChildren;
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

interface ChoiceProps<C extends string> {
  legend: string;
  name: string;
  options: readonly C[];
  label: (option: C) => WebKey;
  icon?: (option: C) => string;
  error?: string;
}

/** Tick boxes drawn as chips with a picture each: several may be chosen. */
export function Chips<C extends string>(
  props: ChoiceProps<C> & { chosen: readonly C[]; onChange: (next: C[]) => void },
) {
  const { legend, name, options, label, icon, chosen, onChange, error } = props;
  const toggle = (option: C, on: boolean) =>
    onChange(on ? [...chosen.filter((c) => c !== option), option] : chosen.filter((c) => c !== option));
  return (
    <fieldset class={error ? 'choices chips invalid' : 'choices chips'}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} class="chip">
          <input
            type="checkbox"
            name={name}
            value={option}
            checked={chosen.includes(option)}
            onChange={(e) => toggle(option, (e.target as HTMLInputElement).checked)}
          />
          {icon && <span aria-hidden="true">{icon(option)}</span>}
          <span>{t(label(option))}</span>
        </label>
      ))}
      {error && <p class="field-error">{error}</p>}
    </fieldset>
  );
}

/** Round choices, one of which is chosen. */
export function OneOf<C extends string>(
  props: ChoiceProps<C> & { chosen: C | ''; onChange: (next: C) => void },
) {
  const { legend, name, options, label, icon, chosen, onChange, error } = props;
  return (
    <fieldset class={error ? 'choices chips invalid' : 'choices chips'}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} class="chip">
          <input
            type="radio"
            name={name}
            value={option}
            checked={chosen === option}
            aria-invalid={error ? 'true' : undefined}
            onChange={() => onChange(option)}
          />
          {icon && <span aria-hidden="true">{icon(option)}</span>}
          <span>{t(label(option))}</span>
        </label>
      ))}
      {error && <p class="field-error">{error}</p>}
    </fieldset>
  );
}

/** Save and cancel, at the foot of every outreach form. */
export function FormActions({
  saving,
  cancelHref,
  save,
}: {
  saving: boolean;
  cancelHref: string;
  save: string;
}) {
  return (
    <div class="actions">
      <button type="submit" class="primary" disabled={saving}>
        <span aria-hidden="true">✔</span> {save}
      </button>
      <a class="button" href={cancelHref}>
        {t('outreach.form.cancel')}
      </a>
    </div>
  );
}
