import {
  checkPregnancyDates,
  DomainError,
  deliveryRecord,
  mayBePregnant,
  type PregnancyView,
  postnatalVisitRecord,
  pregnancyRegister,
} from '@groundwork/core';
import type { WebKey } from '../../i18n/i18n.ts';
import { broken, type Checked, schemaErrors } from '../rules.ts';

export type { Checked };

const defined = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

export interface RegisterPregnancyValues {
  registeredOn: string;
  expectedDeliveryOn: string;
  lastMenstrualPeriodOn: string;
}
export type RegisterPregnancyField = keyof RegisterPregnancyValues;

const registerMessages: Record<RegisterPregnancyField, WebKey> = {
  registeredOn: 'outreach.pregnancy.error.registered_on',
  expectedDeliveryOn: 'outreach.pregnancy.error.expected',
  lastMenstrualPeriodOn: 'outreach.pregnancy.error.lmp',
};

/**
 * The `pregnancy.register` command, with the id of the monthly plan it starts (so the phone shows the
 * plan's visits at once), checked with core's date rules: the expected delivery within 44 weeks.
 */
export function registerPayload(
  values: RegisterPregnancyValues,
  context: {
    id: string;
    planId: string;
    personId: string;
    sex: string;
    today: string;
    current: PregnancyView | undefined;
  },
): Checked<RegisterPregnancyField> {
  const payload = defined({
    id: context.id,
    planId: context.planId,
    personId: context.personId,
    registeredOn: values.registeredOn,
    expectedDeliveryOn: values.expectedDeliveryOn,
    lastMenstrualPeriodOn: values.lastMenstrualPeriodOn || undefined,
  });
  const parsed = pregnancyRegister.safeParse(payload);
  if (!parsed.success) return { ok: false, errors: schemaErrors(parsed.error.issues, registerMessages) };
  const rule = broken(() => {
    if (!mayBePregnant(context.sex)) throw new DomainError('pregnancy.male', { field: 'personId' });
    if (context.current) throw new DomainError('pregnancy.already_current', { field: 'personId' });
    if (parsed.data.registeredOn > context.today)
      throw new DomainError('pregnancy.in_future', { field: 'registeredOn' });
    checkPregnancyDates(parsed.data);
  });
  return rule ? { ok: false, errors: {}, rule } : { ok: true, payload };
}

export interface DeliveryValues {
  deliveredOn: string;
  place: '' | 'health_facility' | 'home' | 'other';
  facilityName: string;
  outcome: '' | 'live_birth' | 'stillbirth' | 'live_and_stillbirth' | 'maternal_death' | 'other';
}
export type DeliveryField = keyof DeliveryValues;

const deliveryMessages: Record<DeliveryField, WebKey> = {
  deliveredOn: 'outreach.delivery.error.delivered_on',
  place: 'outreach.delivery.error.place',
  facilityName: 'outreach.delivery.error.facility',
  outcome: 'outreach.delivery.error.outcome',
};

/** The delivery of her current pregnancy: where (a facility's name when in one), when, and how it ended. */
export function deliveryPayload(
  values: DeliveryValues,
  context: { pregnancy: PregnancyView; today: string },
): Checked<DeliveryField> {
  const facility = values.facilityName.trim();
  const payload = defined({
    pregnancyId: context.pregnancy.id,
    deliveredOn: values.deliveredOn,
    place: values.place || undefined,
    facilityName: values.place === 'health_facility' && facility ? facility : undefined,
    outcome: values.outcome || undefined,
  });
  const parsed = deliveryRecord.safeParse(payload);
  const errors = parsed.success ? {} : schemaErrors(parsed.error.issues, deliveryMessages);
  if (values.place === 'health_facility' && !facility) errors.facilityName = deliveryMessages.facilityName;
  if (values.deliveredOn > context.today) errors.deliveredOn = 'outreach.delivery.error.in_future';
  if (values.deliveredOn && values.deliveredOn < context.pregnancy.registeredOn) {
    errors.deliveredOn = 'outreach.delivery.error.before_registration';
  }
  return Object.keys(errors).length > 0 || !parsed.success ? { ok: false, errors } : { ok: true, payload };
}

export type PostnatalField = 'visitedOn' | 'notes';

/** A postnatal visit after her delivery, on or after the day she delivered. */
export function postnatalPayload(
  values: Record<PostnatalField, string>,
  context: { id: string; pregnancy: PregnancyView; today: string },
): Checked<PostnatalField> {
  const payload = defined({
    id: context.id,
    pregnancyId: context.pregnancy.id,
    visitedOn: values.visitedOn,
    notes: values.notes.trim() || undefined,
  });
  const parsed = postnatalVisitRecord.safeParse(payload);
  const messages: Record<PostnatalField, WebKey> = {
    visitedOn: 'outreach.postnatal.error.visited_on',
    notes: 'outreach.postnatal.error.notes',
  };
  const errors = parsed.success ? {} : schemaErrors(parsed.error.issues, messages);
  const delivered = context.pregnancy.delivery?.deliveredOn;
  if (values.visitedOn > context.today) errors.visitedOn = 'outreach.postnatal.error.in_future';
  if (delivered && values.visitedOn && values.visitedOn < delivered) {
    errors.visitedOn = 'outreach.postnatal.error.before_delivery';
  }
  return Object.keys(errors).length > 0 || !parsed.success ? { ok: false, errors } : { ok: true, payload };
}
