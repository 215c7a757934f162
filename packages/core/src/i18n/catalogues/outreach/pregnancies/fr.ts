import type { pregnanciesEn } from './en.ts';

export const pregnanciesFr: Record<keyof typeof pregnanciesEn, string> = {
  'error.pregnancy.male':
    'Cette personne est enregistrée comme homme. Une grossesse ne peut pas être enregistrée pour lui.',
  'error.pregnancy.already_current':
    'Elle a déjà une grossesse en cours. Enregistrez son accouchement ou clôturez-la avant d’en enregistrer une autre.',
  'error.pregnancy.in_future': 'Cette date est postérieure à aujourd’hui.',
  'error.pregnancy.expected_delivery_out_of_range':
    'La date prévue d’accouchement doit être comprise entre le {earliest} et le {latest} (une grossesse dure au plus 44 semaines environ).',
  'error.pregnancy.last_period_out_of_range':
    'La date des dernières règles doit être comprise entre le {earliest} et le {latest}.',
  'error.pregnancy.before_registration':
    'Cette date est antérieure à l’enregistrement de la grossesse, le {registeredOn}.',
  'error.pregnancy.after_end': 'Cette date est postérieure à la fin de la grossesse, le {endedOn}.',
  'error.pregnancy.already_delivered': 'Un accouchement est déjà enregistré pour cette grossesse.',
  'error.pregnancy.closed':
    'Cette grossesse a été clôturée. Enregistrez une nouvelle grossesse si elle est de nouveau enceinte.',
  'error.pregnancy.facility_name_required': 'Indiquez le nom de la formation sanitaire où elle a accouché.',
  'error.pregnancy.facility_name_not_facility':
    'Le nom d’une formation sanitaire ne vaut que pour un accouchement en formation sanitaire.',
  'error.pregnancy.not_delivered':
    'Aucun accouchement n’est encore enregistré pour cette grossesse. Enregistrez d’abord l’accouchement.',
  'error.pregnancy.postnatal_before_delivery':
    'Une visite postnatale ne peut pas précéder l’accouchement, le {deliveredOn}.',
  'error.pregnancy.period_order': 'Le début de la période ne doit pas être après sa fin.',
  'error.pregnancy.period_too_long':
    'La période peut couvrir au plus {months, plural, one {# mois} other {# mois}}.',
  'report.facility_deliveries.title': 'Accouchements en formation sanitaire',
  'report.facility_deliveries.heading.by_month': 'Par mois, zones réunies',
  'report.facility_deliveries.heading.by_area': 'Par zone et par mois',
  'report.facility_deliveries.column.area': 'Zone',
  'report.facility_deliveries.column.month': 'Mois',
  'report.facility_deliveries.column.deliveries': 'Accouchements',
  'report.facility_deliveries.column.facility': 'En formation sanitaire',
  'report.facility_deliveries.column.home': 'À domicile',
  'report.facility_deliveries.column.other': 'Ailleurs',
  'report.facility_deliveries.column.share': 'Part en formation sanitaire',
  'report.facility_deliveries.row.total': 'Toute la période',
  'report.facility_deliveries.no_area': 'Aucune zone enregistrée',
  'report.facility_deliveries.all_areas': 'Toutes les zones',
  'report.facility_deliveries.note.count':
    '{count, plural, one {# accouchement a été enregistré} other {# accouchements ont été enregistrés}} sur la période.',
  'report.facility_deliveries.note.definition':
    'Chaque accouchement compte une fois, dans le mois où il a eu lieu, quelle qu’en soit l’issue et quel que soit le nombre de bébés. La part est le nombre d’accouchements en formation sanitaire sur l’ensemble des accouchements. Une femme est comptée dans la zone où elle est enregistrée.',
};
