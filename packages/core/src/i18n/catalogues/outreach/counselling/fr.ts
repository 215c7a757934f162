import type { counsellingEn } from './en.ts';

export const counsellingFr: Record<keyof typeof counsellingEn, string> = {
  'error.counselling.group_participants':
    'Une séance de groupe nomme ses personnes une à une ou comme membres d’un groupe, pas les deux.',
  'error.counselling.group_has_no_members': 'Ce groupe n’a aucun membre actuel à conseiller.',
  'error.counselling.held_in_future': 'La date de la séance est dans le futur.',
  'error.counselling.session_exists': 'Une séance de conseil avec cet identifiant est déjà enregistrée.',
};
