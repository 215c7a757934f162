import {
  type CounsellingMessage,
  checkHesitancyVisit,
  type DoseView,
  type HesitancyOutcome,
  type HesitancyReason,
  type HesitancyVisitView,
  hesitancyVisitInput,
} from '@groundwork/core';
import type { WebKey } from '../../i18n/i18n.ts';
import { broken, type Checked, schemaErrors } from '../rules.ts';

export interface HesitancyValues {
  vaccineId: string;
  visitedOn: string;
  reasons: HesitancyReason[];
  otherReason: string;
  messages: CounsellingMessage[];
  notes: string;
  outcome: HesitancyOutcome | '';
  nextVisitOn: string;
}

export type HesitancyField = keyof HesitancyValues;

export const emptyVisit = (today: string, vaccineId = ''): HesitancyValues => ({
  vaccineId,
  visitedOn: today,
  reasons: [],
  otherReason: '',
  messages: [],
  notes: '',
  outcome: '',
  nextVisitOn: '',
});

export interface VisitContext {
  id: string;
  personId: string;
  today: string;
  maxRefusals: number;
  /** Her visits and doses on the phone, pending ones included. */
  visits: readonly HesitancyVisitView[];
  doses: readonly DoseView[];
}

export type CheckedVisit = Checked<HesitancyField>;

const messages: Partial<Record<HesitancyField, WebKey>> = {
  vaccineId: 'outreach.hesitancy.error.vaccine',
  visitedOn: 'outreach.hesitancy.error.visited_on',
  otherReason: 'outreach.hesitancy.error.other_reason',
  notes: 'outreach.hesitancy.error.notes',
  outcome: 'outreach.hesitancy.error.outcome',
  nextVisitOn: 'outreach.hesitancy.error.next_visit',
};

const fieldOf = (path: readonly PropertyKey[]): HesitancyField | undefined => {
  const [first, second] = path;
  if (first === 'counselling') return second === 'notes' ? 'notes' : 'messages';
  return typeof first === 'string' && first in messages ? (first as HesitancyField) : undefined;
};

/**
 * The `hesitancy.visit` command, checked with the server's schema and core's `checkHesitancyVisit`
 * against her visits and doses on the phone: `other` needs its words, the next visit comes after this
 * one, and is needed unless this visit ends the follow-up.
 */
export function visitPayload(values: HesitancyValues, context: VisitContext): CheckedVisit {
  const trimmed = (s: string) => s.trim() || undefined;
  const notes = trimmed(values.notes);
  const payload = Object.fromEntries(
    Object.entries({
      id: context.id,
      personId: context.personId,
      vaccineId: values.vaccineId,
      visitedOn: values.visitedOn,
      reasons: values.reasons,
      otherReason: trimmed(values.otherReason),
      counselling: { messages: values.messages, ...(notes ? { notes } : {}) },
      outcome: values.outcome || undefined,
      nextVisitOn: trimmed(values.nextVisitOn),
    }).filter(([, v]) => v !== undefined),
  );
  const parsed = hesitancyVisitInput.safeParse(payload);
  if (!parsed.success) return { ok: false, errors: schemaErrors(parsed.error.issues, messages, fieldOf) };
  const earlier = context.visits.filter((v) => v.vaccineId === values.vaccineId && v.id !== context.id);
  const rule = broken(() =>
    checkHesitancyVisit(parsed.data, {
      today: context.today,
      earlierRefusals: earlier.filter((v) => v.outcome === 'refused').length,
      maxRefusals: context.maxRefusals,
      vaccinated: context.doses.some((d) => d.vaccineId === values.vaccineId),
    }),
  );
  if (rule) return { ok: false, errors: {}, rule };
  return { ok: true, payload };
}

/** A refused visit back in the form. */
export function valuesOfVisit(payload: Record<string, unknown>, today: string): HesitancyValues {
  const text = (key: string, from = payload) => (typeof from[key] === 'string' ? (from[key] as string) : '');
  const counselling = (payload.counselling ?? {}) as Record<string, unknown>;
  return {
    vaccineId: text('vaccineId'),
    visitedOn: text('visitedOn') || today,
    reasons: Array.isArray(payload.reasons) ? (payload.reasons as HesitancyReason[]) : [],
    otherReason: text('otherReason'),
    messages: Array.isArray(counselling.messages) ? (counselling.messages as CounsellingMessage[]) : [],
    notes: text('notes', counselling),
    outcome: text('outcome') as HesitancyOutcome | '',
    nextVisitOn: text('nextVisitOn'),
  };
}
