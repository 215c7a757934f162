import { DomainError } from '../../errors/domain-error.ts';
import { addDays } from '../../shared/calendar.ts';

/**
 * A pregnancy lasts up to about 44 weeks from the last menstrual period (term is 40 weeks, post-term
 * care ends by 42, and two more weeks cover an uncertain period date). So the expected delivery lies
 * within 44 weeks after registration, and the last period within 44 weeks before it.
 */
export const longestPregnancyDays = 44 * 7;

export function checkPregnancyDates(p: {
  registeredOn: string;
  expectedDeliveryOn: string;
  lastMenstrualPeriodOn?: string | undefined;
}): void {
  const latest = addDays(p.registeredOn, longestPregnancyDays);
  if (p.expectedDeliveryOn < p.registeredOn || p.expectedDeliveryOn > latest) {
    throw new DomainError('pregnancy.expected_delivery_out_of_range', {
      field: 'expectedDeliveryOn',
      params: { earliest: p.registeredOn, latest },
    });
  }
  const lmp = p.lastMenstrualPeriodOn;
  if (lmp === undefined) return;
  const earliestPeriod = addDays(p.registeredOn, -longestPregnancyDays);
  if (lmp > p.registeredOn || lmp < earliestPeriod) {
    throw new DomainError('pregnancy.last_period_out_of_range', {
      field: 'lastMenstrualPeriodOn',
      params: { earliest: earliestPeriod, latest: p.registeredOn },
    });
  }
  const latestFromPeriod = addDays(lmp, longestPregnancyDays);
  if (p.expectedDeliveryOn > latestFromPeriod) {
    throw new DomainError('pregnancy.expected_delivery_out_of_range', {
      field: 'expectedDeliveryOn',
      params: { earliest: p.registeredOn, latest: latestFromPeriod },
    });
  }
}

/**
 * Who may be registered as pregnant: a woman, and also a person recorded with sex `other` or
 * `unknown` (a trans man or intersex person can be pregnant, and a registry entry made in haste may not
 * say), because refusing them would refuse them care. Only a person recorded as `male` is refused.
 */
export const mayBePregnant = (sex: string): boolean => sex !== 'male';
