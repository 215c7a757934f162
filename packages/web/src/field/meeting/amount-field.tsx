import { currencyDigits } from '@groundwork/core';
import { describedBy, FieldNote, hasProblem } from './field-note.tsx';
import type { Sheet } from './sheet.ts';
import { fieldId } from './step-props.ts';

/** A labelled box for an amount of money, with its hint and what is wrong with it. */
export function AmountField(props: {
  field: string;
  label: string;
  value: string;
  hint?: string;
  sheet: Sheet;
  currency: string;
  money: (minor: number) => string;
  onInput: (text: string) => void;
}) {
  const id = fieldId(props.field);
  const hintId = props.hint ? `${id}-hint` : undefined;
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      {props.hint && (
        <p id={hintId} class="muted hint">
          {props.hint}
        </p>
      )}
      <input
        id={id}
        type="text"
        inputMode={currencyDigits(props.currency) > 0 ? 'decimal' : 'numeric'}
        autocomplete="off"
        class="amount"
        value={props.value}
        aria-invalid={hasProblem(props.sheet, props.field)}
        aria-describedby={describedBy(props.sheet, props.field, hintId)}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      <FieldNote field={props.field} sheet={props.sheet} money={props.money} />
    </div>
  );
}
