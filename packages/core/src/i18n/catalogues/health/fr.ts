import type { healthEn } from './en.ts';

/**
 * French messages of the health pages, in the words of the group books: groupement, réunion, épargne,
 * prêt, échéance. A no-break space (\u00a0) keeps a colon, a semicolon or a percent sign on the line of
 * what comes before it.
 */
export const healthFr: Record<keyof typeof healthEn, string> = {
  'health.sutra.regular_meetings': 'Réunions régulières',
  'health.sutra.regular_savings': 'Épargne régulière',
  'health.sutra.regular_lending': 'Prêts réguliers entre membres',
  'health.sutra.timely_repayment': 'Remboursements à temps',
  'health.sutra.books_up_to_date': 'Comptes à jour',
  'health.reason.meetings_held':
    '{due, plural, =0 {Aucune réunion n’était prévue dans le mois.} one {Réunions tenues\u00a0: {held, number} sur # prévue.} other {Réunions tenues\u00a0: {held, number} sur # prévues.}}',
  'health.reason.no_meetings_held': 'Aucune réunion ne s’est tenue dans le mois.',
  'health.reason.savings_made':
    'Épargnes versées aux réunions tenues\u00a0: {saved} sur {expected} (une par membre et par réunion), soit {percent}\u00a0%\u00a0; il en faut au moins {threshold}\u00a0%.',
  'health.reason.loans_active':
    'Prêts en cours en fin de mois\u00a0: {outstanding}\u00a0; prêts accordés dans le mois\u00a0: {disbursed}.',
  'health.reason.loans_overdue':
    '{overdue, plural, one {# prêt avait plus de 30 jours de retard en fin de mois.} other {# prêts avaient plus de 30 jours de retard en fin de mois.}}',
  'health.reason.instalments_on_time':
    '{due, plural, =0 {Aucune échéance de prêt ne tombait dans le mois.} other {Échéances payées à temps\u00a0: {paid, number} sur # ({percent, number}\u00a0%)\u00a0; il en faut au moins {threshold, number}\u00a0%.}}',
  'health.reason.books_closed':
    'Réunions aux comptes clôturés\u00a0: {closed} sur {held}\u00a0; réunions saisies plus de {days}\u00a0jours après coup\u00a0: {late}.',
  'health.ratio.attendance_rate': 'Taux de présence',
  'health.ratio.savings_per_member': 'Épargne par membre',
  'health.ratio.loan_fund_utilisation': 'Utilisation du fonds de crédit',
  'health.ratio.portfolio_at_risk_30': 'Portefeuille à risque (plus de 30 jours)',
  'health.ratio.return_on_savings': 'Rendement de l’épargne',
  'health.ratio.drop_out_rate': 'Taux d’abandon',
  'health.ratio_definition.attendance_rate':
    'Membres présents divisés par les membres inscrits, additionnés sur les réunions de la période.',
  'health.ratio_definition.savings_per_member':
    'Solde de l’épargne divisé par le nombre de membres, tous deux en fin de période.',
  'health.ratio_definition.loan_fund_utilisation':
    'Capital des prêts en cours divisé par le fonds de crédit (caisse + banque + prêts en cours), en fin de période.',
  'health.ratio_definition.portfolio_at_risk_30':
    'Capital restant dû des prêts en retard de plus de 30 jours divisé par tout le capital des prêts en cours.',
  'health.ratio_definition.return_on_savings':
    'Excédent net de la période (produits moins charges) divisé par son solde moyen d’épargne.',
  'health.ratio_definition.drop_out_rate':
    'Membres partis pendant la période divisés par les membres à son début.',
};
