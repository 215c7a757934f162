import type { financeEn } from './en.ts';

/**
 * French messages of the group books, in the words of the main French catalogue: groupement, épargne,
 * prêt, partage. Apostrophes are typographic (’) and a no-break space (\u00a0) keeps a colon or a
 * semicolon on the line of the word before it.
 */
export const financeFr: Record<keyof typeof financeEn, string> = {
  'error.finance.not_member': 'Cette personne n’est pas actuellement membre du groupement.',
  'error.finance.no_books': 'Un groupement de ce type ne tient pas de comptes d’épargne ni de prêts.',
  'error.finance.currency_digits':
    'Le montant {amount} a trop de décimales pour la monnaie {currency}\u00a0; envoyez-le en nombre entier de la plus petite unité.',
  'error.ledger.unbalanced':
    'L’écriture n’est pas équilibrée\u00a0: ses débits et ses crédits diffèrent de {difference}.',
  'error.ledger.account_not_in_chart': 'La comptabilité de ce groupement n’a pas de compte {account}.',
  'error.bank.account_not_in_group': 'Ce compte bancaire n’appartient pas au groupement.',
  'error.cash.insufficient':
    'Le groupement n’a que {available} dans {account}\u00a0; impossible de payer {amount}.',
  'error.saving.exceeds_balance': 'Elle n’a épargné que {balance}\u00a0; impossible de retirer {amount}.',
  'error.saving.not_whole_shares': 'L’épargne doit être un nombre entier de parts de {sharePrice}.',
  'error.loan.not_active':
    'Ce prêt a déjà le statut {status}\u00a0; plus aucun remboursement n’est possible.',
  'error.loan.overpayment': 'Il ne reste que {payoff} à rembourser sur ce prêt\u00a0; {amount}, c’est trop.',
  'error.loan.over_cap':
    'Le règlement du groupement lui permet un prêt de {cap} au plus\u00a0; {amount} dépasse ce montant.',
  'error.loan.over_funds':
    'Le groupement n’a que {available} à prêter (caisse et banque)\u00a0; {amount} dépasse ce montant.',
  'error.loan.not_in_group': 'Ce prêt appartient à un autre groupement.',
  'error.fine.exceeds_due': 'Elle ne doit que {due} d’amendes\u00a0; {amount} dépasse ce montant.',
  'error.external_loan.overpayment':
    'Il ne reste que {outstanding} à rembourser sur ce prêt\u00a0; {amount} dépasse ce montant.',
  'error.meeting.before_formed': 'La réunion est datée d’avant la création du groupement, le {formedOn}.',
  'error.meeting.in_future': 'La date de la réunion est dans le futur.',
  'error.meeting.closed': 'Cette réunion est clôturée. Enregistrez plutôt une correction.',
  'error.meeting.already_held': 'Une réunion de ce groupement est déjà enregistrée le {date}.',
  'error.meeting.attendance_incomplete':
    'Les présences manquent pour {count, plural, one {# membre} other {# membres}}.',
  'error.meeting.duplicate_person': 'Le même membre apparaît deux fois dans {field}.',
  'error.entry.already_reversed': 'Cette écriture a déjà été annulée.',
  'error.entry.not_reversible':
    'Cette écriture ne peut pas être annulée\u00a0; enregistrez plutôt une nouvelle écriture.',
  'error.entry.reversal_overdraws':
    'Annuler cette écriture ferait passer la caisse, un compte bancaire, son épargne ou ses amendes sous zéro. Annulez d’abord les écritures suivantes qui en dépendent.',
  'error.cycle.already_open':
    'Un cycle d’épargne est déjà ouvert\u00a0; faites le partage avant d’en commencer un autre.',
  'error.cycle.none_open': 'Aucun cycle d’épargne n’est ouvert.',
  'error.cycle.dates_order': 'La fin prévue doit venir après le début.',
  'error.shareout.loan_exceeds_share':
    'Son prêt restant de {outstanding} dépasse sa part de {share}\u00a0; faites-le rembourser ou passez-le en perte d’abord.',
  'error.shareout.negative_fund':
    'L’argent en caisse et en banque est inférieur au fonds social\u00a0; il n’y a rien à partager.',
  'error.report.date_range': 'La date de début ne doit pas être après la date de fin.',
};
