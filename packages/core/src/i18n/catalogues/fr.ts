import type { Catalogue } from '../translate.ts';

/**
 * French as written by NGOs in Mali: short sentences, « groupement » for a group. Apostrophes are
 * typographic (’) because a straight one can start a quoted span in ICU MessageFormat; a no-break
 * space (\u00a0) keeps a colon on the line of the word before it.
 */
export const fr: Catalogue = {
  'error.request.invalid': 'Certaines informations envoyées ne sont pas valables.',
  'error.request.malformed_json': 'Le contenu de la requête n’est pas du JSON valable.',
  'error.request.too_large': 'La requête est trop volumineuse.',
  'error.request.unsupported_media_type': 'Envoyez le contenu de la requête au format application/json.',
  'error.request.bad_cursor': 'Ce curseur de page n’a pas été fourni par ce serveur.',
  'error.route.not_found': 'Il n’y a rien à cette adresse.',
  'error.auth.required': 'Veuillez d’abord vous connecter.',
  'error.auth.invalid_credentials': 'Le nom d’utilisateur ou le mot de passe est incorrect.',
  'error.auth.rate_limited':
    'Trop de tentatives. Réessayez dans {seconds, plural, one {# seconde} other {# secondes}}.',
  'error.auth.csrf_failed':
    'Il manque le jeton de sécurité de cette requête. Rechargez la page et réessayez.',
  'error.access.denied': 'Vous n’avez pas l’autorisation de faire cela.',
  'error.resource.not_found': 'Cette fiche n’existe pas, ou vous ne pouvez pas la voir.',
  'error.reference.not_found': 'La fiche indiquée dans {field} n’existe pas, ou vous ne pouvez pas la voir.',
  'error.command.unknown_type': 'Le type de commande {type} est inconnu.',
  'error.command.id_reused': 'Cet identifiant de commande a déjà servi pour une autre modification.',
  'error.sync.batch_too_large': 'Envoyez au plus {max} commandes à la fois.',
  'error.sync.scope_too_large':
    'Votre zone de travail compte {count} personnes. Un appareil peut en contenir au plus {max}. Demandez à votre coordinateur de réduire votre zone.',
  'error.org.slug_taken': 'Une organisation avec le nom court {slug} existe déjà.',
  'error.network.slug_taken': 'Un réseau avec le nom court {slug} existe déjà.',
  'error.area.parent_cycle': 'Une zone ne peut pas être placée à l’intérieur d’elle-même.',
  'error.area.kind_required': 'Indiquez de quel type de zone il s’agit.',
  'error.person.probable_duplicate':
    '{count, plural, one {Une personne avec le même nom et le même téléphone ou la même année de naissance est déjà enregistrée} other {# personnes avec le même nom et le même téléphone ou la même année de naissance sont déjà enregistrées}}. Vérifiez, ou confirmez pour enregistrer quand même.',
  'error.person.consent_required':
    'Enregistrez le consentement de cette personne avant de garder des informations sensibles.',
  'error.person.birth_conflict': 'L’année de naissance ne correspond pas à la date de naissance.',
  'error.group.parent_not_federation': 'Un groupement ne peut faire partie que d’une fédération.',
  'error.group.federation_of_itself': 'Une fédération ne peut pas faire partie d’elle-même.',
  'error.membership.already_member': 'Cette personne est déjà membre du groupement.',
  'error.membership.not_current': 'Cette adhésion a déjà pris fin.',
  'error.membership.leave_before_join': 'La date de départ est avant la date d’entrée dans le groupement.',
  'error.membership.join_before_formed': 'La date d’entrée est avant la création du groupement.',
  'error.office.not_member': 'Seul un membre actuel du groupement peut occuper un poste au bureau.',
  'error.office.person_holds_other': 'Cette personne occupe déjà un autre poste dans le groupement.',
  'error.office.term_order': 'Le mandat se termine avant de commencer.',
  'error.office.term_overlaps_history': 'Ce mandat chevauche un mandat précédent pour le même poste.',
  'error.user.username_taken': 'Le nom d’utilisateur {username} est déjà pris.',
  'error.user.scope_required': 'Le rôle {role} doit avoir au moins une zone ou un groupement où travailler.',
  'error.user.role_not_allowed': 'Vous ne pouvez pas attribuer le rôle {role}.',
  'error.user.cannot_disable_self': 'Vous ne pouvez pas désactiver votre propre compte.',
  'error.user.disabled': 'Ce compte est désactivé.',
  'warning.group.size_below_min':
    'Ce groupement compte {count, plural, one {# membre} other {# membres}}. Un groupement de ce type en a d’habitude au moins {min}.',
  'warning.group.size_above_max':
    'Ce groupement compte {count, plural, one {# membre} other {# membres}}. Un groupement de ce type en a d’habitude au plus {max}.',
  'warning.person.probable_duplicate':
    'Enregistrement fait, bien qu’une personne avec les mêmes informations existe déjà.',
  'validation.required': 'est obligatoire',
  'validation.invalid_type': 'doit être du type {expected}',
  'validation.too_small': 'doit être d’au moins {minimum}',
  'validation.too_big': 'doit être d’au plus {maximum}',
  'validation.invalid_format': 'doit être au format {format}',
  'validation.invalid_value': 'doit être l’une de ces valeurs\u00a0: {options}',
  'validation.unrecognized_key': 'n’est pas un champ accepté ici',
  'validation.invalid': 'n’est pas valable',
  'page.home.title': 'Groundwork',
  'page.home.tagline':
    'Registres des groupements et groupes d’épargne (tontines), de la santé communautaire et du travail pour les droits des communautés.',
  'page.home.api': 'État de l’API\u00a0: {status}, base de données\u00a0: {database}.',
  'page.home.docs': 'Consulter la documentation de l’API',
  'cli.demo.logins': 'Connexions de démonstration (mot de passe\u00a0: {password})\u00a0:',
};
