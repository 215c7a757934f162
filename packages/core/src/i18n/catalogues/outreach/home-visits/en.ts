/** Messages of community health workers' follow-up plans and home visits. */
export const homeVisitsEn = {
  'error.follow_up_plan.birth_unknown':
    'The child’s birth date or birth year is not recorded. Record it before starting an under-five plan.',
  'error.follow_up_plan.born_after_start': 'The plan would start before the child was born.',
  'error.follow_up_plan.not_under_five':
    'The child is not under five on the start date: the fifth birthday is {fifthBirthday}.',
  'error.follow_up_plan.no_current_pregnancy':
    'She has no current pregnancy. Register the pregnancy: that starts her monthly plan.',
  'error.follow_up_plan.already_open': 'This person already has an open plan of this kind.',
  'error.follow_up_plan.in_future': 'This date is after today.',
  'error.follow_up_plan.already_ended': 'This plan has already ended, on {endedOn}.',
  'error.follow_up_plan.end_before_start': 'A plan cannot end before it started, on {startsOn}.',
  'error.home_visit.plan_of_other_person': 'This follow-up plan is for another person.',
  'error.home_visit.before_plan_start': 'The visit is dated before the plan started, on {startsOn}.',
  'error.home_visit.after_plan_end': 'The visit is dated after the plan ended, on {endedOn}.',
  'error.home_visit.in_future': 'A visit cannot be dated after today.',
  'error.home_visit.weight_out_of_range':
    'The weight must be between {min} and {max} grams. Check that it was entered in grams.',
  'error.home_visit.muac_out_of_range':
    'The arm circumference (MUAC) must be between {min} and {max} mm. Check that it was entered in millimetres.',
  'warning.follow_up_plan.birth_year_only':
    'Only the birth year is known, so the child is taken as born on 1 July: the plan ends on {endsOn}.',
  'warning.home_visit.severe_acute_malnutrition':
    'MUAC under 115 mm: severe acute malnutrition. Refer the child for treatment today.',
} as const;
