import type { homeVisitsEn } from './en.ts';

export const homeVisitsFr: Record<keyof typeof homeVisitsEn, string> = {
  'error.follow_up_plan.birth_unknown':
    'La date ou l’année de naissance de l’enfant n’est pas enregistrée. Enregistrez-la avant de commencer un suivi des moins de cinq ans.',
  'error.follow_up_plan.born_after_start': 'Le suivi commencerait avant la naissance de l’enfant.',
  'error.follow_up_plan.not_under_five':
    'L’enfant n’a plus moins de cinq ans à la date de début : son cinquième anniversaire est le {fifthBirthday}.',
  'error.follow_up_plan.no_current_pregnancy':
    'Elle n’a pas de grossesse en cours. Enregistrez la grossesse : c’est ce qui commence son suivi mensuel.',
  'error.follow_up_plan.already_open': 'Cette personne a déjà un suivi de ce type en cours.',
  'error.follow_up_plan.in_future': 'Cette date est postérieure à aujourd’hui.',
  'error.follow_up_plan.already_ended': 'Ce suivi est déjà terminé, depuis le {endedOn}.',
  'error.follow_up_plan.end_before_start': 'Un suivi ne peut pas finir avant son début, le {startsOn}.',
  'error.home_visit.plan_of_other_person': 'Ce plan de suivi concerne une autre personne.',
  'error.home_visit.before_plan_start': 'La visite est datée d’avant le début du suivi, le {startsOn}.',
  'error.home_visit.after_plan_end': 'La visite est datée d’après la fin du suivi, le {endedOn}.',
  'error.home_visit.in_future': 'Une visite ne peut pas être datée d’après aujourd’hui.',
  'error.home_visit.weight_out_of_range':
    'Le poids doit être compris entre {min} et {max} grammes. Vérifiez qu’il a été saisi en grammes.',
  'error.home_visit.muac_out_of_range':
    'Le périmètre brachial (PB) doit être compris entre {min} et {max} mm. Vérifiez qu’il a été saisi en millimètres.',
  'warning.follow_up_plan.birth_year_only':
    'Seule l’année de naissance est connue : l’enfant est considéré comme né le 1er juillet, et le suivi finit le {endsOn}.',
  'warning.home_visit.severe_acute_malnutrition':
    'PB inférieur à 115 mm : malnutrition aiguë sévère. Orientez l’enfant vers un traitement dès aujourd’hui.',
};
