import { financeEn } from './finance/en.ts';
import { healthEn } from './health/en.ts';
import { outreachEn } from './outreach/en.ts';
import { reportsEn } from './reports/en.ts';

const base = {
  'error.request.invalid': 'Some of what was sent is not valid.',
  'error.request.malformed_json': 'The request body is not valid JSON.',
  'error.request.too_large': 'The request is too large.',
  'error.request.unsupported_media_type': 'Send the request body as application/json.',
  'error.request.bad_cursor': 'The page cursor is not one this server gave out.',
  'error.route.not_found': 'There is nothing at this address.',
  'error.auth.required': 'Please log in first.',
  'error.auth.invalid_credentials': 'The username or password is wrong.',
  'error.auth.rate_limited':
    'Too many attempts. Try again in {seconds, plural, one {# second} other {# seconds}}.',
  'error.auth.csrf_failed': 'This request is missing its security token. Reload the page and try again.',
  'error.access.denied': 'You do not have permission to do this.',
  'error.resource.not_found': 'This record does not exist, or you cannot see it.',
  'error.reference.not_found': 'The record named in {field} does not exist, or you cannot see it.',
  'error.command.unknown_type': 'The command type {type} is not known.',
  'error.command.id_reused': 'This command id was already used for a different change.',
  'error.sync.batch_too_large': 'Send at most {max} commands at a time.',
  'error.sync.scope_too_large':
    'Your work area holds {count} people; a device can hold at most {max}. Ask your coordinator to narrow your scope.',
  'error.org.slug_taken': 'An organisation with the short name {slug} already exists.',
  'error.network.slug_taken': 'A network with the short name {slug} already exists.',
  'error.area.parent_cycle': 'An area cannot be placed inside itself.',
  'error.area.kind_required': 'Say what kind of area this is.',
  'error.person.probable_duplicate':
    '{count, plural, one {A person} other {# people}} with the same name and phone or birth year already {count, plural, one {is} other {are}} registered. Check, or confirm to register anyway.',
  'error.person.consent_required': 'Record this person’s consent before storing sensitive information.',
  'error.person.birth_conflict': 'The birth year does not match the birth date.',
  'error.group.parent_not_federation': 'A group can only belong to a federation.',
  'error.group.federation_of_itself': 'A federation cannot belong to itself.',
  'error.membership.already_member': 'This person is already a member of the group.',
  'error.membership.not_current': 'This membership has already ended.',
  'error.membership.leave_before_join': 'The leaving date is before the joining date.',
  'error.membership.join_before_formed': 'The joining date is before the group was formed.',
  'error.office.not_member': 'Only a current member of the group can hold an office.',
  'error.office.person_holds_other': 'This person already holds another office in the group.',
  'error.office.term_order': 'The term ends before it starts.',
  'error.office.term_overlaps_history': 'This term overlaps an earlier term for the same office.',
  'error.user.username_taken': 'The username {username} is already taken.',
  'error.user.scope_required': 'A {role} needs at least one area or group to work in.',
  'error.user.role_not_allowed': 'You cannot give the role {role}.',
  'error.user.cannot_disable_self': 'You cannot disable your own account.',
  'error.user.disabled': 'This account is disabled.',
  'warning.group.size_below_min':
    'This group has {count, plural, one {# member} other {# members}}; a group of this kind usually has at least {min}.',
  'warning.group.size_above_max':
    'This group has {count, plural, one {# member} other {# members}}; a group of this kind usually has at most {max}.',
  'warning.person.probable_duplicate': 'Registered although a person with the same details exists.',
  'validation.required': 'is required',
  'validation.invalid_type': 'must be {expected}',
  'validation.too_small': 'must be at least {minimum}',
  'validation.too_big': 'must be at most {maximum}',
  'validation.invalid_format': 'must be {format}',
  'validation.invalid_value': 'must be one of: {options}',
  'validation.unrecognized_key': 'is not a field this accepts',
  'validation.invalid': 'is not valid',
  'page.home.title': 'Groundwork',
  'page.home.tagline': 'Records for self-help groups, health outreach and community rights work.',
  'page.home.api': 'API status: {status}, database: {database}.',
  'page.home.docs': 'Browse the API documentation',
  'cli.demo.logins': 'Demo logins (password: {password}):',
  'cli.demo.login_role': '{role} at {organisation}',
  'cli.demo.not_empty':
    'This database already has organisations; demo data loads only into an empty one. Point GROUNDWORK_DATA_DIR or DATABASE_URL at a new database.',
  'cli.serve.listening': 'Groundwork is listening on {url} (database: {dialect})',
  'cli.migrate.applied': 'Applied migrations: {names}.',
  'cli.migrate.up_to_date': 'The database is up to date.',
  'cli.org.created': 'Created organisation {slug} ({name}), id {id}.',
  'cli.org.not_found': 'No organisation has the short name "{slug}".',
  'cli.network.created':
    'Created network {slug} of {count, plural, one {# organisation} other {# organisations}}, id {id}.',
  'cli.user.not_found': 'No user "{username}" in organisation {org}.',
  'cli.user.password_missing': 'Give the password with --password or the GROUNDWORK_PASSWORD variable.',
  'cli.user.created': 'Created user {username} ({role}) in {org}, id {id}.',
  'cli.user.disabled': 'Disabled {username} in {org}; every session of this user has ended.',
  'cli.user.password_set':
    'Set a new password for {username} in {org}; every session of this user has ended.',
  'cli.csv.cannot_read': 'Cannot read {file}: {reason}',
  'cli.csv.unknown_columns':
    '{file} has columns this import does not know: {columns}. See `groundwork import {noun} --help` for the columns.',
  'cli.csv.repeated_column': '{file} has the column {column} twice.',
  'cli.csv.unreadable': '{file} is not a CSV file this can read: {reason}',
  'cli.row.whole_number': 'must be a whole number',
  'cli.row.number': 'must be a number',
  'cli.row.yes_or_no': 'must be yes or no',
  'cli.row.amount': 'must be a number such as 150 or 150.50',
  'cli.row.no_decimals': 'takes no decimals',
  'cli.row.max_decimals': 'takes at most {places, plural, one {# decimal} other {# decimals}}',
  'cli.row.unknown_area_code': 'no area of the organisation has the code {code}',
  'cli.row.ambiguous_area_code': '{count} areas have the code {code}; give area_id instead',
  'cli.row.repeated_id': 'repeats the id of row {row}',
  'cli.row.id_taken': 'a record with this id already exists',
  'cli.import.row_error': 'row {row}, {column}: {message}',
  'cli.import.rows_invalid':
    '{rows, plural, one {# row was} other {# rows were}} not valid; nothing was imported.',
  'cli.import.rows_refused':
    '{rows, plural, one {# row was} other {# rows were}} refused; nothing was imported.',
  'cli.import.progress': '{done}/{total} rows',
  'cli.import.people_done':
    'Imported {count, plural, one {# person} other {# people}} from {file}{before, plural, =0 {} one { (# row was imported before)} other { (# rows were imported before)}}.',
  'cli.import.groups_done':
    'Imported {count, plural, one {# group} other {# groups}} from {file}{before, plural, =0 {} one { (# row was imported before)} other { (# rows were imported before)}}.',
  'cli.export.cannot_write': 'Cannot write {file}: {reason}',
  'cli.export.people_done': 'Exported {count, plural, one {# person} other {# people}} of {org}.',
  'cli.export.people_done_to_file':
    'Exported {count, plural, one {# person} other {# people}} of {org} to {file}.',
  'cli.export.groups_done': 'Exported {count, plural, one {# group} other {# groups}} of {org}.',
  'cli.export.groups_done_to_file':
    'Exported {count, plural, one {# group} other {# groups}} of {org} to {file}.',
  'cli.backup.not_sqlite':
    'backup copies the SQLite database. On PostgreSQL use pg_dump, for example: {command}',
  'cli.backup.file_exists': '{file} already exists; give another name, or --force to replace it.',
  'cli.backup.done': 'Backed up the database to {file}.',
  'cli.restore.not_sqlite':
    'restore replaces the SQLite database. On PostgreSQL use pg_restore, for example: {command}',
  'cli.restore.server_running':
    'A Groundwork server (process {pid}) is using {file}; stop it before restoring.',
  'cli.restore.no_file': 'There is no file {file}.',
  'cli.restore.not_groundwork': '{file} is a SQLite database, but not a Groundwork one.',
  'cli.restore.damaged': '{file} is damaged: {reason}',
  'cli.restore.not_sqlite_file': '{file} is not a SQLite database: {reason}',
  'cli.restore.cannot_migrate': '{file} cannot be brought up to this version: {reason}',
  'cli.restore.done': 'Restored {target} from {file}.',
  'cli.restore.done_kept': 'Restored {target} from {file}. The database it replaced is kept as {kept}.',
} as const;

export const en = { ...base, ...financeEn, ...reportsEn, ...healthEn, ...outreachEn } as const;

export type MessageKey = keyof typeof en;
