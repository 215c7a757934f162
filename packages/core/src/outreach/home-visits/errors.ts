import type { ErrorKind } from '../../errors/domain-error.ts';

export const homeVisitsErrorCodes = {
  'follow_up_plan.birth_unknown': 'invalid',
  'follow_up_plan.born_after_start': 'invalid',
  'follow_up_plan.not_under_five': 'invalid',
  'follow_up_plan.no_current_pregnancy': 'invalid',
  'follow_up_plan.already_open': 'conflict',
  'follow_up_plan.in_future': 'invalid',
  'follow_up_plan.already_ended': 'conflict',
  'follow_up_plan.end_before_start': 'invalid',
  'home_visit.plan_of_other_person': 'invalid',
  'home_visit.before_plan_start': 'invalid',
  'home_visit.after_plan_end': 'invalid',
  'home_visit.in_future': 'invalid',
  'home_visit.weight_out_of_range': 'invalid',
  'home_visit.muac_out_of_range': 'invalid',
} as const satisfies Record<string, ErrorKind>;
