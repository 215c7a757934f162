import type { Catalogue } from '../translate.ts';
import type { financeEn } from './finance/en.ts';
import { financeFr } from './finance/fr.ts';
import type { healthEn } from './health/en.ts';
import { healthFr } from './health/fr.ts';
import type { outreachEn } from './outreach/en.ts';
import { outreachFr } from './outreach/fr.ts';
import type { reportsEn } from './reports/en.ts';
import { reportsFr } from './reports/fr.ts';

/**
 * French as written by NGOs in Mali: short sentences, « groupement » for a group. Apostrophes are
 * typographic (’) because a straight one can start a quoted span in ICU MessageFormat; a no-break
 * space (\u00a0) keeps a colon on the line of the word before it.
 */
const base: Omit<
  Catalogue,
  keyof typeof financeEn | keyof typeof reportsEn | keyof typeof healthEn | keyof typeof outreachEn
> = {
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
  'cli.demo.login_role': '{role} chez {organisation}',
  'cli.demo.not_empty':
    'Cette base de données contient déjà des organisations\u00a0; les données de démonstration ne se chargent que dans une base vide. Faites pointer GROUNDWORK_DATA_DIR ou DATABASE_URL vers une nouvelle base.',
  'cli.serve.listening': 'Groundwork écoute sur {url} (base de données\u00a0: {dialect})',
  'cli.migrate.applied': 'Migrations appliquées\u00a0: {names}.',
  'cli.migrate.up_to_date': 'La base de données est à jour.',
  'cli.org.created': 'Organisation {slug} ({name}) créée, identifiant {id}.',
  'cli.org.not_found': 'Aucune organisation n’a le nom court «\u00a0{slug}\u00a0».',
  'cli.network.created':
    'Réseau {slug} de {count, plural, one {# organisation} other {# organisations}} créé, identifiant {id}.',
  'cli.user.not_found': 'Aucun utilisateur «\u00a0{username}\u00a0» dans l’organisation {org}.',
  'cli.user.password_missing': 'Donnez le mot de passe avec --password ou la variable GROUNDWORK_PASSWORD.',
  'cli.user.created': 'Utilisateur {username} ({role}) créé dans {org}, identifiant {id}.',
  'cli.user.disabled':
    '{username} est désactivé dans {org}\u00a0; toutes les sessions de cet utilisateur sont terminées.',
  'cli.user.password_set':
    'Nouveau mot de passe défini pour {username} dans {org}\u00a0; toutes les sessions de cet utilisateur sont terminées.',
  'cli.csv.cannot_read': 'Impossible de lire {file}\u00a0: {reason}',
  'cli.csv.unknown_columns':
    '{file} a des colonnes que cette importation ne connaît pas\u00a0: {columns}. Voir `groundwork import {noun} --help` pour les colonnes.',
  'cli.csv.repeated_column': '{file} contient deux fois la colonne {column}.',
  'cli.csv.unreadable': '{file} n’est pas un fichier CSV lisible\u00a0: {reason}',
  'cli.row.whole_number': 'doit être un nombre entier',
  'cli.row.number': 'doit être un nombre',
  'cli.row.yes_or_no': 'doit être yes ou no',
  'cli.row.amount': 'doit être un nombre comme 150 ou 150.50',
  'cli.row.no_decimals': 'n’accepte pas de décimales',
  'cli.row.max_decimals': 'accepte au plus {places, plural, one {# décimale} other {# décimales}}',
  'cli.row.unknown_area_code': 'aucune zone de l’organisation n’a le code {code}',
  'cli.row.ambiguous_area_code': '{count} zones ont le code {code}\u00a0; donnez plutôt area_id',
  'cli.row.repeated_id': 'reprend l’identifiant de la ligne {row}',
  'cli.row.id_taken': 'un enregistrement avec cet identifiant existe déjà',
  'cli.import.row_error': 'ligne {row}, {column}\u00a0: {message}',
  'cli.import.rows_invalid':
    '{rows, plural, one {# ligne n’était pas valable} other {# lignes n’étaient pas valables}}\u00a0; rien n’a été importé.',
  'cli.import.rows_refused':
    '{rows, plural, one {# ligne a été refusée} other {# lignes ont été refusées}}\u00a0; rien n’a été importé.',
  'cli.import.progress': '{done}/{total} lignes',
  'cli.import.people_done':
    '{count, plural, one {# personne importée} other {# personnes importées}} depuis {file}{before, plural, =0 {} one { (# ligne déjà importée auparavant)} other { (# lignes déjà importées auparavant)}}.',
  'cli.import.groups_done':
    '{count, plural, one {# groupement importé} other {# groupements importés}} depuis {file}{before, plural, =0 {} one { (# ligne déjà importée auparavant)} other { (# lignes déjà importées auparavant)}}.',
  'cli.export.cannot_write': 'Impossible d’écrire {file}\u00a0: {reason}',
  'cli.export.people_done':
    '{count, plural, one {# personne exportée} other {# personnes exportées}} de {org}.',
  'cli.export.people_done_to_file':
    '{count, plural, one {# personne exportée} other {# personnes exportées}} de {org} vers {file}.',
  'cli.export.groups_done':
    '{count, plural, one {# groupement exporté} other {# groupements exportés}} de {org}.',
  'cli.export.groups_done_to_file':
    '{count, plural, one {# groupement exporté} other {# groupements exportés}} de {org} vers {file}.',
  'cli.backup.not_sqlite':
    'backup copie la base SQLite. Sous PostgreSQL, utilisez pg_dump, par exemple\u00a0: {command}',
  'cli.backup.file_exists': '{file} existe déjà\u00a0; donnez un autre nom, ou --force pour le remplacer.',
  'cli.backup.done': 'Base de données sauvegardée dans {file}.',
  'cli.restore.not_sqlite':
    'restore remplace la base SQLite. Sous PostgreSQL, utilisez pg_restore, par exemple\u00a0: {command}',
  'cli.restore.server_running':
    'Un serveur Groundwork (processus {pid}) utilise {file}\u00a0; arrêtez-le avant la restauration.',
  'cli.restore.no_file': 'Le fichier {file} n’existe pas.',
  'cli.restore.not_groundwork': '{file} est une base SQLite, mais pas une base Groundwork.',
  'cli.restore.damaged': '{file} est endommagé\u00a0: {reason}',
  'cli.restore.not_sqlite_file': '{file} n’est pas une base SQLite\u00a0: {reason}',
  'cli.restore.cannot_migrate': '{file} ne peut pas être mis à jour vers cette version\u00a0: {reason}',
  'cli.restore.done': '{target} restauré à partir de {file}.',
  'cli.restore.done_kept':
    '{target} restauré à partir de {file}. La base remplacée est conservée sous le nom {kept}.',
};

export const fr: Catalogue = { ...base, ...financeFr, ...reportsFr, ...healthFr, ...outreachFr };
