import { DomainError } from '../../errors/domain-error.ts';
import { closesFollowUp } from './follow-up.ts';
import type { HesitancyVisitInput } from './schemas.ts';

export interface VisitContext {
  /** Today where the organisation works. */
  today: string;
  /** Refusals of the vaccine at her earlier visits. */
  earlierRefusals: number;
  maxRefusals: number;
  /** She already has a dose of the vaccine that is not voided. */
  vaccinated: boolean;
}

/**
 * The rules of a hesitancy visit that one field alone cannot say: a visit is not in the future, `other`
 * comes with its words, and the follow-up goes on with a next visit after this one, unless this visit ends
 * it (vaccinated, vaccinated elsewhere, or the last refusal allowed).
 */
export function checkHesitancyVisit(visit: HesitancyVisitInput, context: VisitContext): void {
  if (visit.visitedOn > context.today) {
    throw new DomainError('hesitancy.visit_in_future', { field: 'visitedOn' });
  }
  const other = visit.reasons.includes('other');
  if (other && !visit.otherReason) {
    throw new DomainError('hesitancy.other_reason_required', { field: 'otherReason' });
  }
  if (!other && visit.otherReason) {
    throw new DomainError('hesitancy.other_reason_without_other', { field: 'otherReason' });
  }
  if (visit.nextVisitOn !== undefined && visit.nextVisitOn <= visit.visitedOn) {
    throw new DomainError('hesitancy.next_visit_not_after', {
      field: 'nextVisitOn',
      params: { visitedOn: visit.visitedOn },
    });
  }
  const closes =
    context.vaccinated || closesFollowUp(visit.outcome, context.earlierRefusals, context.maxRefusals);
  if (visit.nextVisitOn === undefined && !closes) {
    throw new DomainError('hesitancy.next_visit_required', { field: 'nextVisitOn' });
  }
}
