import type { distributionsEn } from './en.ts';

/** French messages of relief distributions: kits, points de distribution, reçus et stock. */
export const distributionsFr: Record<keyof typeof distributionsEn, string> = {
  'error.kit.repeated_item':
    'Le kit cite {item} deux fois dans la même unité ; citez chaque article une fois.',
  'error.distribution.id_taken':
    'Cet identifiant est déjà pris par un autre enregistrement ; envoyez-en un nouveau.',
  'error.distribution.dates_order': 'Une distribution ne peut pas finir avant de commencer ({startsOn}).',
  'error.distribution.outside_dates':
    'Cette distribution a lieu du {startsOn} au {endsOn} ; le kit ne peut pas être remis un autre jour.',
  'error.distribution.given_in_future': 'Un kit ne peut pas être enregistré comme remis un jour à venir.',
  'error.distribution.already_received':
    'Cette personne a déjà reçu cette distribution le {givenOn}. Chacun ne la reçoit qu’une fois.',
  'error.receipt.photo_required': 'Une preuve par photo doit donner la référence de la photo.',
  'error.receipt.photo_not_expected':
    'Seule une preuve par photo a une référence de photo ; ne l’envoyez pas pour une signature ou une empreinte.',
  'error.stock.insufficient':
    'Le point n’a que {inStock} {unit} de {item} ce jour-là ; il en faut {needed} {unit}. Rien n’a été enregistré.',
  'error.stock.zero_adjustment': 'Un ajustement de zéro ne change rien ; indiquez l’écart compté.',
  'error.stock.in_future': 'Un mouvement de stock ne peut pas être daté d’un jour à venir.',
  'distributions.report.stock.title': 'Stock des points de distribution',
  'distributions.report.recipients.title': 'Bénéficiaires d’une distribution',
  'distributions.column.point': 'Point de distribution',
  'distributions.column.item': 'Article',
  'distributions.column.unit': 'Unité',
  'distributions.column.in': 'Entrées',
  'distributions.column.out': 'Sorties',
  'distributions.column.balance': 'Solde',
  'distributions.column.person': 'Nom',
  'distributions.column.given_on': 'Remis le',
  'distributions.column.proof': 'Preuve',
  'distributions.column.photo_ref': 'Référence de la photo',
  'distributions.column.person_id': 'Identifiant de la personne',
  'distributions.proof.signature': 'Signature manuscrite',
  'distributions.proof.thumbprint': 'Empreinte du pouce',
  'distributions.proof.photo': 'Photographie',
  'distributions.fact.kit': 'Kit distribué',
  'distributions.fact.progress': 'Avancement',
  'distributions.fact.given_value': '{given, plural, one {# kit remis} other {# kits remis}}',
  'distributions.fact.progress_value':
    '{given, plural, one {# kit remis} other {# kits remis}} sur {target} prévus',
  'distributions.empty.stock': 'Aucun stock n’a été enregistré à ces points à cette date.',
  'distributions.empty.recipients': 'Personne n’a encore reçu cette distribution.',
};
