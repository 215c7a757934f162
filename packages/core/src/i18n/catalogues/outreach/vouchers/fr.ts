import type { vouchersEn } from './en.ts';

/** French messages of subsidised-care vouchers (bons de soins subventionnés). */
export const vouchersFr: Record<keyof typeof vouchersEn, string> = {
  'error.voucher.id_taken': 'Cet identifiant est déjà pris par un autre bon ; envoyez-en un nouveau.',
  'error.voucher.expiry_order': 'Un bon doit expirer après le jour où il est émis ({issuedOn}).',
  'error.voucher.issued_in_future': 'Un bon ne peut pas être émis un jour à venir.',
  'error.voucher.currency_mismatch':
    'L’organisation tient ses comptes en {orgCurrency} ; un bon en {currency} ne peut pas être émis.',
  'error.voucher.reason_required':
    'Un bon « accès le plus faible » doit dire pourquoi cette personne a le moins accès aux soins.',
  'error.voucher.birth_unknown':
    'Sa date ou son année de naissance n’est pas enregistrée : on ne peut pas savoir s’il a moins de cinq ans. Enregistrez-la d’abord.',
  'error.voucher.not_under_five':
    'Cet enfant n’a pas moins de cinq ans le {issuedOn} ; le bon ne peut pas être émis.',
  'error.voucher.not_pregnant':
    'Aucune grossesse en cours n’est enregistrée pour cette femme. Enregistrez la grossesse avant d’émettre le bon.',
  'error.voucher.already_used': 'Ce bon a déjà été utilisé le {usedOn} ; il ne sert qu’une fois.',
  'error.voucher.cancelled': 'Ce bon a été annulé ; il ne peut plus être utilisé ni annulé.',
  'error.voucher.used_before_issue':
    'Un bon ne peut pas être utilisé avant le jour de son émission ({issuedOn}).',
  'error.voucher.used_in_future': 'Un bon ne peut pas être enregistré comme utilisé un jour à venir.',
  'error.voucher.expired': 'Ce bon a expiré le {expiresOn} ; il ne peut plus être utilisé.',
  'error.voucher.amount_exceeds_value': 'Ce bon vaut {available} ; {amount}, c’est davantage.',
  'vouchers.report.title': 'Bons de soins subventionnés',
  'vouchers.column.month': 'Mois d’émission',
  'vouchers.column.category': 'Catégorie',
  'vouchers.column.issued': 'Émis',
  'vouchers.column.used': 'Utilisés',
  'vouchers.column.expired': 'Expirés sans usage',
  'vouchers.column.cancelled': 'Annulés',
  'vouchers.column.value_issued': 'Valeur émise (hors annulés)',
  'vouchers.column.value_used': 'Valeur utilisée',
  'vouchers.category.child_under_five': 'Enfant de moins de cinq ans',
  'vouchers.category.pregnant_woman': 'Femme enceinte',
  'vouchers.category.least_access': 'Accès le plus faible',
  'vouchers.total': 'Total général',
  'vouchers.all_categories': 'Toutes catégories',
  'vouchers.note.cohort':
    'Les bons sont comptés dans le mois de leur émission. Expiré veut dire non utilisé et dont la date d’expiration est passée au {date}.',
  'vouchers.empty': 'Aucun bon n’a été émis sur cette période.',
};
