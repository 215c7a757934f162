/** Messages of pregnancies, deliveries and the facility-delivery indicator. */
export const pregnanciesEn = {
  'error.pregnancy.male': 'This person is recorded as male. A pregnancy cannot be registered for him.',
  'error.pregnancy.already_current':
    'She already has a current pregnancy. Record its delivery or close it before registering another.',
  'error.pregnancy.in_future': 'This date is after today.',
  'error.pregnancy.expected_delivery_out_of_range':
    'The expected delivery date must be between {earliest} and {latest} (a pregnancy lasts at most about 44 weeks).',
  'error.pregnancy.last_period_out_of_range':
    'The date of the last menstrual period must be between {earliest} and {latest}.',
  'error.pregnancy.before_registration':
    'This date is before the pregnancy was registered, on {registeredOn}.',
  'error.pregnancy.after_end': 'This date is after the pregnancy ended, on {endedOn}.',
  'error.pregnancy.already_delivered': 'A delivery is already recorded for this pregnancy.',
  'error.pregnancy.closed': 'This pregnancy was closed. Register a new pregnancy if she is pregnant again.',
  'error.pregnancy.facility_name_required': 'Give the name of the health facility where she delivered.',
  'error.pregnancy.facility_name_not_facility':
    'A facility name is only for a delivery in a health facility.',
  'error.pregnancy.not_delivered':
    'No delivery is recorded for this pregnancy yet. Record the delivery first.',
  'error.pregnancy.postnatal_before_delivery':
    'A postnatal visit cannot be before the delivery, on {deliveredOn}.',
  'error.pregnancy.period_order': 'The start of the period must not be after its end.',
  'error.pregnancy.period_too_long':
    'The period can cover at most {months, plural, one {# month} other {# months}}.',
  'report.facility_deliveries.title': 'Deliveries in a health facility',
  'report.facility_deliveries.heading.by_month': 'By month, the areas together',
  'report.facility_deliveries.heading.by_area': 'By area and month',
  'report.facility_deliveries.column.area': 'Area',
  'report.facility_deliveries.column.month': 'Month',
  'report.facility_deliveries.column.deliveries': 'Deliveries',
  'report.facility_deliveries.column.facility': 'In a health facility',
  'report.facility_deliveries.column.home': 'At home',
  'report.facility_deliveries.column.other': 'Elsewhere',
  'report.facility_deliveries.column.share': 'Share in a health facility',
  'report.facility_deliveries.row.total': 'Whole period',
  'report.facility_deliveries.no_area': 'No area recorded',
  'report.facility_deliveries.all_areas': 'All areas',
  'report.facility_deliveries.note.count':
    '{count, plural, one {# delivery was} other {# deliveries were}} recorded in the period.',
  'report.facility_deliveries.note.definition':
    'Each delivery counts once in the month it took place, whatever its outcome and however many babies were born. The share is the deliveries in a health facility out of all deliveries. A woman is counted in the area where she is registered.',
} as const;
