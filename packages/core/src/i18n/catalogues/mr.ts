import type { Catalogue } from '../translate.ts';
import type { financeEn } from './finance/en.ts';
import { financeMr } from './finance/mr.ts';
import type { healthEn } from './health/en.ts';
import { healthMr } from './health/mr.ts';
import type { outreachEn } from './outreach/en.ts';
import { outreachMr } from './outreach/mr.ts';
import type { reportsEn } from './reports/en.ts';
import { reportsMr } from './reports/mr.ts';

/**
 * Marathi: plain everyday words, in Devanagari, for बचत गट members and field workers.
 * Plural branches repeat the number as `{count}` rather than `#`: for Marathi `#` is written in
 * Devanagari digits while a plain `{min}` stays in Latin digits, and one sentence should not mix them.
 */
const base: Omit<
  Catalogue,
  keyof typeof financeEn | keyof typeof reportsEn | keyof typeof healthEn | keyof typeof outreachEn
> = {
  'error.request.invalid': 'पाठवलेली काही माहिती बरोबर नाही.',
  'error.request.malformed_json': 'पाठवलेला डेटा योग्य JSON स्वरूपात नाही.',
  'error.request.too_large': 'पाठवलेला डेटा खूप मोठा आहे.',
  'error.request.unsupported_media_type': 'डेटा application/json स्वरूपात पाठवा.',
  'error.request.bad_cursor': 'हा पेज कर्सर या सर्व्हरने दिलेला नाही.',
  'error.route.not_found': 'या पत्त्यावर काहीही नाही.',
  'error.auth.required': 'कृपया आधी लॉग इन करा.',
  'error.auth.invalid_credentials': 'युजरनेम किंवा पासवर्ड चुकीचा आहे.',
  'error.auth.rate_limited':
    'खूप वेळा प्रयत्न झाले. {seconds, plural, one {{seconds} सेकंदाने} other {{seconds} सेकंदांनी}} पुन्हा प्रयत्न करा.',
  'error.auth.csrf_failed': 'या विनंतीत सुरक्षा टोकन नाही. पेज पुन्हा उघडा (रीलोड करा) आणि पुन्हा प्रयत्न करा.',
  'error.access.denied': 'तुम्हाला हे करण्याची परवानगी नाही.',
  'error.resource.not_found': 'ही नोंद अस्तित्वात नाही, किंवा तुम्हाला ती दिसू शकत नाही.',
  'error.reference.not_found': '{field} मध्ये दिलेली नोंद अस्तित्वात नाही, किंवा तुम्हाला ती दिसू शकत नाही.',
  'error.command.unknown_type': '{type} हा कमांडचा प्रकार ओळखीचा नाही.',
  'error.command.id_reused': 'हा कमांड आयडी आधीच दुसऱ्या बदलासाठी वापरला गेला आहे.',
  'error.sync.batch_too_large': 'एका वेळी जास्तीत जास्त {max} कमांड पाठवा.',
  'error.sync.scope_too_large':
    'तुमच्या कामाच्या क्षेत्रात {count} लोक आहेत; एका डिव्हाइसमध्ये जास्तीत जास्त {max} लोक ठेवता येतात. तुमचे क्षेत्र लहान करायला तुमच्या समन्वयकांना सांगा.',
  'error.org.slug_taken': '{slug} हे छोटे नाव असलेली संस्था आधीपासून आहे.',
  'error.network.slug_taken': '{slug} हे छोटे नाव असलेले नेटवर्क आधीपासून आहे.',
  'error.area.parent_cycle': 'एखादे क्षेत्र स्वतःच्याच आत ठेवता येत नाही.',
  'error.area.kind_required': 'हे कोणत्या प्रकारचे क्षेत्र आहे ते सांगा.',
  'error.person.probable_duplicate':
    '{count, plural, one {नाव आणि फोन नंबर किंवा जन्मवर्ष जुळणारी एक व्यक्ती आधीच नोंदलेली आहे} other {नाव आणि फोन नंबर किंवा जन्मवर्ष जुळणारे {count} लोक आधीच नोंदलेले आहेत}}. तपासून पाहा, किंवा तरीही नोंद करायची असेल तर पुष्टी करा.',
  'error.person.consent_required': 'खाजगी (संवेदनशील) माहिती साठवण्याआधी या व्यक्तीची संमती नोंदवा.',
  'error.person.birth_conflict': 'जन्मवर्ष जन्मतारखेशी जुळत नाही.',
  'error.group.parent_not_federation': 'गट फक्त एखाद्या महासंघाचा (फेडरेशनचा) भाग असू शकतो.',
  'error.group.federation_of_itself': 'महासंघ (फेडरेशन) स्वतःचाच भाग असू शकत नाही.',
  'error.membership.already_member': 'ही व्यक्ती आधीपासूनच या गटाची सदस्य आहे.',
  'error.membership.not_current': 'हे सदस्यत्व आधीच संपले आहे.',
  'error.membership.leave_before_join': 'गट सोडण्याची तारीख गटात सामील होण्याच्या तारखेच्या आधीची आहे.',
  'error.membership.join_before_formed': 'गटात सामील होण्याची तारीख गट स्थापन होण्याच्या आधीची आहे.',
  'error.office.not_member': 'गटाच्या सध्याच्या सदस्यालाच पद देता येते.',
  'error.office.person_holds_other': 'या व्यक्तीकडे गटात आधीच दुसरे पद आहे.',
  'error.office.term_order': 'कार्यकाळ सुरू होण्याआधीच संपतो आहे.',
  'error.office.term_overlaps_history': 'याच पदाचा आधीचा कार्यकाळ आणि हा कार्यकाळ यांच्या तारखा एकमेकांत येतात.',
  'error.user.username_taken': '{username} हे युजरनेम आधीच घेतलेले आहे.',
  'error.user.scope_required': '{role} या भूमिकेला काम करण्यासाठी किमान एक क्षेत्र किंवा गट द्यावा लागतो.',
  'error.user.role_not_allowed': 'तुम्ही {role} ही भूमिका देऊ शकत नाही.',
  'error.user.cannot_disable_self': 'तुम्ही स्वतःचे खाते बंद करू शकत नाही.',
  'error.user.disabled': 'हे खाते बंद केले आहे.',
  'warning.group.size_below_min':
    'या गटात {count, plural, one {{count} सदस्य आहे} other {{count} सदस्य आहेत}}; अशा प्रकारच्या गटात साधारणपणे किमान {min} सदस्य असतात.',
  'warning.group.size_above_max':
    'या गटात {count, plural, one {{count} सदस्य आहे} other {{count} सदस्य आहेत}}; अशा प्रकारच्या गटात साधारणपणे जास्तीत जास्त {max} सदस्य असतात.',
  'warning.person.probable_duplicate': 'याच माहितीची व्यक्ती आधीपासून असूनही नोंद केली.',
  'validation.required': 'भरणे आवश्यक आहे',
  'validation.invalid_type': '{expected} असणे आवश्यक आहे',
  'validation.too_small': 'किमान {minimum} असणे आवश्यक आहे',
  'validation.too_big': 'जास्तीत जास्त {maximum} असणे आवश्यक आहे',
  'validation.invalid_format': '{format} स्वरूपात असणे आवश्यक आहे',
  'validation.invalid_value': 'यांपैकी एक असणे आवश्यक आहे: {options}',
  'validation.unrecognized_key': 'हे फील्ड इथे घेतले जात नाही',
  'validation.invalid': 'बरोबर नाही',
  'page.home.title': 'Groundwork',
  'page.home.tagline': 'बचत गट, घरोघरी आरोग्य सेवा आणि समाजाच्या हक्कांच्या कामाच्या नोंदी.',
  'page.home.api': 'API ची स्थिती: {status}, डेटाबेस: {database}.',
  'page.home.docs': 'API ची माहिती (दस्तऐवज) पाहा',
  'cli.demo.logins': 'डेमो लॉग इन (पासवर्ड: {password}):',
  'cli.demo.login_role': '{organisation} मध्ये {role}',
  'cli.demo.not_empty':
    'या डेटाबेसमध्ये आधीपासून संस्था आहेत; डेमो डेटा फक्त रिकाम्या डेटाबेसमध्ये लोड होतो. GROUNDWORK_DATA_DIR किंवा DATABASE_URL नव्या डेटाबेसकडे वळवा.',
  'cli.serve.listening': 'Groundwork {url} वर चालू आहे (डेटाबेस: {dialect})',
  'cli.migrate.applied': 'हे मायग्रेशन लागू केले: {names}.',
  'cli.migrate.up_to_date': 'डेटाबेस अद्ययावत आहे.',
  'cli.org.created': 'संस्था {slug} ({name}) तयार केली, आयडी {id}.',
  'cli.org.not_found': '"{slug}" हे छोटे नाव असलेली कोणतीही संस्था नाही.',
  'cli.network.created':
    '{count, plural, one {{count} संस्थेचे} other {{count} संस्थांचे}} नेटवर्क {slug} तयार केले, आयडी {id}.',
  'cli.user.not_found': '{org} संस्थेत "{username}" नावाचा कोणताही युजर नाही.',
  'cli.user.password_missing': 'पासवर्ड --password ने किंवा GROUNDWORK_PASSWORD व्हेरिएबलमधून द्या.',
  'cli.user.created': '{org} मध्ये युजर {username} ({role}) तयार केला, आयडी {id}.',
  'cli.user.disabled': '{org} मधील {username} चे खाते बंद केले; या युजरची सर्व सेशन संपली आहेत.',
  'cli.user.password_set': '{org} मधील {username} साठी नवा पासवर्ड ठेवला; या युजरची सर्व सेशन संपली आहेत.',
  'cli.csv.cannot_read': '{file} वाचता येत नाही: {reason}',
  'cli.csv.unknown_columns':
    '{file} मध्ये असे कॉलम आहेत जे हे इम्पोर्ट ओळखत नाही: {columns}. कॉलम पाहण्यासाठी `groundwork import {noun} --help` चालवा.',
  'cli.csv.repeated_column': '{file} मध्ये {column} हा कॉलम दोनदा आहे.',
  'cli.csv.unreadable': '{file} ही वाचता येईल अशी CSV फाइल नाही: {reason}',
  'cli.row.whole_number': 'पूर्ण संख्या असणे आवश्यक आहे',
  'cli.row.number': 'संख्या असणे आवश्यक आहे',
  'cli.row.yes_or_no': 'yes किंवा no असणे आवश्यक आहे',
  'cli.row.amount': '150 किंवा 150.50 अशी संख्या असणे आवश्यक आहे',
  'cli.row.no_decimals': 'यात दशांश चालत नाहीत',
  'cli.row.max_decimals':
    'यात दशांश चिन्हानंतर जास्तीत जास्त {places, plural, one {{places} अंक} other {{places} अंक}} चालतात',
  'cli.row.unknown_area_code': 'संस्थेच्या कोणत्याही क्षेत्राचा कोड {code} नाही',
  'cli.row.ambiguous_area_code': '{count} क्षेत्रांचा कोड {code} आहे; त्याऐवजी area_id द्या',
  'cli.row.repeated_id': 'ओळ {row} मधलाच आयडी पुन्हा दिला आहे',
  'cli.row.id_taken': 'या आयडीची नोंद आधीपासून आहे',
  'cli.import.row_error': 'ओळ {row}, {column}: {message}',
  'cli.import.rows_invalid':
    '{rows, plural, one {{rows} ओळ बरोबर नव्हती} other {{rows} ओळी बरोबर नव्हत्या}}; काहीही इम्पोर्ट केले नाही.',
  'cli.import.rows_refused':
    '{rows, plural, one {{rows} ओळ नाकारली गेली} other {{rows} ओळी नाकारल्या गेल्या}}; काहीही इम्पोर्ट केले नाही.',
  'cli.import.progress': '{done}/{total} ओळी',
  'cli.import.people_done':
    '{file} मधून {count, plural, one {{count} व्यक्ती इम्पोर्ट केली} other {{count} लोक इम्पोर्ट केले}}{before, plural, =0 {} one { ({before} ओळ आधीच इम्पोर्ट झाली होती)} other { ({before} ओळी आधीच इम्पोर्ट झाल्या होत्या)}}.',
  'cli.import.groups_done':
    '{file} मधून {count, plural, one {{count} गट इम्पोर्ट केला} other {{count} गट इम्पोर्ट केले}}{before, plural, =0 {} one { ({before} ओळ आधीच इम्पोर्ट झाली होती)} other { ({before} ओळी आधीच इम्पोर्ट झाल्या होत्या)}}.',
  'cli.export.cannot_write': '{file} मध्ये लिहिता येत नाही: {reason}',
  'cli.export.people_done':
    '{org} मधील {count, plural, one {{count} व्यक्तीची} other {{count} लोकांची}} माहिती एक्सपोर्ट केली.',
  'cli.export.people_done_to_file':
    '{org} मधील {count, plural, one {{count} व्यक्तीची} other {{count} लोकांची}} माहिती {file} मध्ये एक्सपोर्ट केली.',
  'cli.export.groups_done':
    '{org} मधील {count, plural, one {{count} गट एक्सपोर्ट केला} other {{count} गट एक्सपोर्ट केले}}.',
  'cli.export.groups_done_to_file':
    '{org} मधील {count, plural, one {{count} गट {file} मध्ये एक्सपोर्ट केला} other {{count} गट {file} मध्ये एक्सपोर्ट केले}}.',
  'cli.backup.not_sqlite':
    'backup फक्त SQLite डेटाबेसची प्रत बनवतो. PostgreSQL वर pg_dump वापरा, उदाहरणार्थ: {command}',
  'cli.backup.file_exists': '{file} आधीपासून आहे; दुसरे नाव द्या, किंवा ती फाइल बदलण्यासाठी --force द्या.',
  'cli.backup.done': 'डेटाबेसचा बॅकअप {file} मध्ये घेतला.',
  'cli.restore.not_sqlite':
    'restore फक्त SQLite डेटाबेस बदलतो. PostgreSQL वर pg_restore वापरा, उदाहरणार्थ: {command}',
  'cli.restore.server_running':
    'एक Groundwork सर्व्हर (प्रोसेस {pid}) {file} वापरत आहे; रिस्टोअर करण्याआधी तो बंद करा.',
  'cli.restore.no_file': '{file} ही फाइल अस्तित्वात नाही.',
  'cli.restore.not_groundwork': '{file} हा SQLite डेटाबेस आहे, पण Groundwork चा नाही.',
  'cli.restore.damaged': '{file} खराब झाली आहे: {reason}',
  'cli.restore.not_sqlite_file': '{file} हा SQLite डेटाबेस नाही: {reason}',
  'cli.restore.cannot_migrate': '{file} या आवृत्तीपर्यंत अद्ययावत करता येत नाही: {reason}',
  'cli.restore.done': '{target} हा {file} मधून रिस्टोअर केला.',
  'cli.restore.done_kept':
    '{target} हा {file} मधून रिस्टोअर केला. त्याच्या जागी असलेला जुना डेटाबेस {kept} या नावाने ठेवला आहे.',
};

export const mr: Catalogue = { ...base, ...financeMr, ...reportsMr, ...healthMr, ...outreachMr };
