import { t, type WebKey } from '../i18n/i18n.ts';
import type { OutboxItem } from '../local/db.ts';

export { describedBy, Field } from '../ui/form-field.tsx';

/** What a form shows under a control after a check: one of our words, or the server's rule in its words. */
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

interface ChoiceProps<C extends string> {
  legend: string;
  name: string;
  options: readonly C[];
  label: (option: C) => WebKey;
  icon?: (option: C) => string;
  error?: string;
}

/** Choices drawn as chips with a picture each: tick boxes or round buttons. */
function ChoiceSet<C extends string>({
  legend,
  name,
  options,
  label,
  icon,
  error,
  type,
  isChosen,
  pick,
}: ChoiceProps<C> & {
  type: 'checkbox' | 'radio';
  isChosen: (option: C) => boolean;
  pick: (option: C, on: boolean) => void;
}) {
  return (
    <fieldset class={error ? 'choices chips invalid' : 'choices chips'}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} class="chip">
          <input
            type={type}
            name={name}
            value={option}
            checked={isChosen(option)}
            aria-invalid={error ? 'true' : undefined}
            onChange={(e) => pick(option, (e.target as HTMLInputElement).checked)}
          />
          {icon && <span aria-hidden="true">{icon(option)}</span>}
          <span>{t(label(option))}</span>
        </label>
      ))}
      {error && <p class="field-error">{error}</p>}
    </fieldset>
  );
}

/** Tick boxes drawn as chips with a picture each: several may be chosen. */
export function Chips<C extends string>({
  chosen,
  onChange,
  ...props
}: ChoiceProps<C> & { chosen: readonly C[]; onChange: (next: C[]) => void }) {
  const pick = (option: C, on: boolean) =>
    onChange(on ? [...chosen.filter((c) => c !== option), option] : chosen.filter((c) => c !== option));
  return <ChoiceSet {...props} type="checkbox" isChosen={(o) => chosen.includes(o)} pick={pick} />;
}

/** Round choices, one of which is chosen. */
export function OneOf<C extends string>({
  chosen,
  onChange,
  ...props
}: ChoiceProps<C> & { chosen: C | ''; onChange: (next: C) => void }) {
  return <ChoiceSet {...props} type="radio" isChosen={(o) => chosen === o} pick={(o) => onChange(o)} />;
}

/** Above a form opened to correct a refused command: why the server refused it. */
export function Fixing({ fix }: { fix: OutboxItem | undefined }) {
  return fix ? <p class="error">{t('outreach.form.fixing', { reason: fix.error?.detail ?? '' })}</p> : null;
}

/** Save and cancel, at the foot of every outreach form; after a failed check, a word to look above. */
export function FormActions({
  saving,
  cancelHref,
  save,
  invalid = false,
}: {
  saving: boolean;
  cancelHref: string;
  save: string;
  invalid?: boolean;
}) {
  return (
    <>
      {invalid && (
        <p role="alert" class="error">
          {t('outreach.form.check_fields')}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>
          <span aria-hidden="true">✔</span> {save}
        </button>
        <a class="button" href={cancelHref}>
          {t('outreach.form.cancel')}
        </a>
      </div>
    </>
  );
}
