/** Messages of relief distributions: kits, points, receipts and stock. */
export const distributionsEn = {
  'error.kit.repeated_item': 'The kit lists {item} twice in the same unit; list each item once.',
  'error.distribution.id_taken': 'This id is already used by another record; send a new one.',
  'error.distribution.dates_order': 'A distribution cannot end before it starts ({startsOn}).',
  'error.distribution.outside_dates':
    'This distribution runs from {startsOn} to {endsOn}; the kit cannot be given on another day.',
  'error.distribution.given_in_future': 'A kit cannot be recorded as given on a day still to come.',
  'error.distribution.already_received':
    'This person already received this distribution on {givenOn}. Each person receives it once only.',
  'error.receipt.photo_required': 'A photo proof needs the reference of the photo.',
  'error.receipt.photo_not_expected':
    'Only a photo proof has a photo reference; leave it out for a signature or a thumbprint.',
  'error.stock.insufficient':
    'The point has only {inStock} {unit} of {item} on that day; {needed} {unit} are needed. Nothing was recorded.',
  'error.stock.zero_adjustment': 'An adjustment of zero changes nothing; give the difference you counted.',
  'error.stock.in_future': 'Stock cannot be recorded as moved on a day still to come.',
  'distributions.report.stock.title': 'Stock at distribution points',
  'distributions.report.recipients.title': 'Recipients of a distribution',
  'distributions.column.point': 'Distribution point',
  'distributions.column.item': 'Item',
  'distributions.column.unit': 'Unit',
  'distributions.column.in': 'In',
  'distributions.column.out': 'Out',
  'distributions.column.balance': 'Balance',
  'distributions.column.person': 'Name',
  'distributions.column.given_on': 'Given on',
  'distributions.column.proof': 'Proof',
  'distributions.column.photo_ref': 'Photo reference',
  'distributions.column.person_id': 'Person id',
  'distributions.proof.signature': 'Signature',
  'distributions.proof.thumbprint': 'Thumbprint',
  'distributions.proof.photo': 'Photo',
  'distributions.fact.kit': 'Kit',
  'distributions.fact.progress': 'Progress',
  'distributions.fact.given_value': '{given, plural, one {# kit given} other {# kits given}}',
  'distributions.fact.progress_value':
    '{given, plural, one {# kit given} other {# kits given}} of {target} planned',
  'distributions.empty.stock': 'No stock was recorded at these points by this date.',
  'distributions.empty.recipients': 'Nobody has received this distribution yet.',
} as const;
