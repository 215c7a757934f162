import type { Catalogue } from '../translate.ts';
import type { financeEn } from './finance/en.ts';
import { financeHi } from './finance/hi.ts';
import type { healthEn } from './health/en.ts';
import { healthHi } from './health/hi.ts';
import type { outreachEn } from './outreach/en.ts';
import { outreachHi } from './outreach/hi.ts';
import type { reportsEn } from './reports/en.ts';
import { reportsHi } from './reports/hi.ts';

/** Hindi: plain everyday words, in Devanagari, for self-help group members and field workers. */
const base: Omit<
  Catalogue,
  keyof typeof financeEn | keyof typeof reportsEn | keyof typeof healthEn | keyof typeof outreachEn
> = {
  'error.request.invalid': 'भेजी गई कुछ जानकारी सही नहीं है।',
  'error.request.malformed_json': 'भेजा गया डेटा सही JSON में नहीं है।',
  'error.request.too_large': 'भेजा गया डेटा बहुत बड़ा है।',
  'error.request.unsupported_media_type': 'डेटा application/json के रूप में भेजें।',
  'error.request.bad_cursor': 'यह पेज कर्सर इस सर्वर ने नहीं दिया था।',
  'error.route.not_found': 'इस पते पर कुछ नहीं है।',
  'error.auth.required': 'कृपया पहले लॉग इन करें।',
  'error.auth.invalid_credentials': 'यूज़रनेम या पासवर्ड गलत है।',
  'error.auth.rate_limited':
    'बहुत बार कोशिश हो चुकी है। {seconds, plural, one {# सेकंड} other {# सेकंड}} बाद फिर से कोशिश करें।',
  'error.auth.csrf_failed': 'इस अनुरोध में सुरक्षा टोकन नहीं है। पेज दोबारा खोलें (रीलोड करें) और फिर से कोशिश करें।',
  'error.access.denied': 'आपको यह करने की अनुमति नहीं है।',
  'error.resource.not_found': 'यह रिकॉर्ड मौजूद नहीं है, या आप इसे नहीं देख सकते।',
  'error.reference.not_found': '{field} में बताया गया रिकॉर्ड मौजूद नहीं है, या आप उसे नहीं देख सकते।',
  'error.command.unknown_type': 'कमांड का प्रकार {type} पहचाना नहीं गया।',
  'error.command.id_reused': 'यह कमांड आईडी पहले ही किसी दूसरे बदलाव के लिए इस्तेमाल हो चुकी है।',
  'error.sync.batch_too_large': 'एक बार में ज़्यादा से ज़्यादा {max} कमांड भेजें।',
  'error.sync.scope_too_large':
    'आपके काम के क्षेत्र में {count} लोग हैं; एक डिवाइस में ज़्यादा से ज़्यादा {max} लोग रखे जा सकते हैं। अपने कोऑर्डिनेटर से अपना क्षेत्र छोटा करने को कहें।',
  'error.org.slug_taken': '{slug} छोटे नाम वाली संस्था पहले से मौजूद है।',
  'error.network.slug_taken': '{slug} छोटे नाम वाला नेटवर्क पहले से मौजूद है।',
  'error.area.parent_cycle': 'कोई क्षेत्र अपने ही अंदर नहीं रखा जा सकता।',
  'error.area.kind_required': 'बताएँ कि यह किस तरह का क्षेत्र है।',
  'error.person.probable_duplicate':
    '{count, plural, one {इसी नाम और फ़ोन नंबर या जन्म वर्ष वाला एक व्यक्ति पहले से दर्ज है} other {इसी नाम और फ़ोन नंबर या जन्म वर्ष वाले # लोग पहले से दर्ज हैं}}। जाँच लें, या फिर भी दर्ज करना हो तो पुष्टि करें।',
  'error.person.consent_required': 'निजी (संवेदनशील) जानकारी रखने से पहले इस व्यक्ति की सहमति दर्ज करें।',
  'error.person.birth_conflict': 'जन्म का साल जन्म की तारीख से मेल नहीं खाता।',
  'error.group.parent_not_federation': 'समूह केवल किसी संघ (फ़ेडरेशन) से ही जुड़ सकता है।',
  'error.group.federation_of_itself': 'कोई संघ (फ़ेडरेशन) खुद अपना ही हिस्सा नहीं बन सकता।',
  'error.membership.already_member': 'यह व्यक्ति पहले से ही इस समूह का सदस्य है।',
  'error.membership.not_current': 'यह सदस्यता पहले ही खत्म हो चुकी है।',
  'error.membership.leave_before_join': 'समूह छोड़ने की तारीख समूह में जुड़ने की तारीख से पहले की है।',
  'error.membership.join_before_formed': 'जुड़ने की तारीख समूह बनने की तारीख से पहले की है।',
  'error.office.not_member': 'केवल समूह के मौजूदा सदस्य को ही पद दिया जा सकता है।',
  'error.office.person_holds_other': 'इस व्यक्ति के पास समूह में पहले से एक दूसरा पद है।',
  'error.office.term_order': 'कार्यकाल शुरू होने से पहले ही खत्म हो रहा है।',
  'error.office.term_overlaps_history': 'इसी पद के पिछले कार्यकाल और इस कार्यकाल की तारीखें आपस में टकराती हैं।',
  'error.user.username_taken': 'यूज़रनेम {username} पहले से किसी और का है।',
  'error.user.scope_required': '{role} भूमिका वाले व्यक्ति को काम के लिए कम से कम एक क्षेत्र या समूह देना ज़रूरी है।',
  'error.user.role_not_allowed': 'आप {role} भूमिका नहीं दे सकते।',
  'error.user.cannot_disable_self': 'आप अपना खुद का खाता बंद नहीं कर सकते।',
  'error.user.disabled': 'यह खाता बंद कर दिया गया है।',
  'warning.group.size_below_min':
    'इस समूह में {count, plural, one {# सदस्य है} other {# सदस्य हैं}}; इस तरह के समूह में आम तौर पर कम से कम {min} सदस्य होते हैं।',
  'warning.group.size_above_max':
    'इस समूह में {count, plural, one {# सदस्य है} other {# सदस्य हैं}}; इस तरह के समूह में आम तौर पर ज़्यादा से ज़्यादा {max} सदस्य होते हैं।',
  'warning.person.probable_duplicate': 'दर्ज कर लिया गया, हालाँकि इसी जानकारी वाला एक व्यक्ति पहले से मौजूद है।',
  'validation.required': 'भरना ज़रूरी है',
  'validation.invalid_type': '{expected} होना चाहिए',
  'validation.too_small': 'कम से कम {minimum} होना चाहिए',
  'validation.too_big': 'ज़्यादा से ज़्यादा {maximum} होना चाहिए',
  'validation.invalid_format': '{format} के रूप में होना चाहिए',
  'validation.invalid_value': 'इनमें से एक होना चाहिए: {options}',
  'validation.unrecognized_key': 'यह खाना (फ़ील्ड) यहाँ नहीं लिया जाता',
  'validation.invalid': 'सही नहीं है',
  'page.home.title': 'Groundwork',
  'page.home.tagline': 'स्वयं सहायता समूहों, घर-घर स्वास्थ्य सेवा और समुदाय के अधिकारों के काम के रिकॉर्ड।',
  'page.home.api': 'API की स्थिति: {status}, डेटाबेस: {database}।',
  'page.home.docs': 'API के दस्तावेज़ देखें',
  'cli.demo.logins': 'डेमो लॉग इन (पासवर्ड: {password}):',
  'cli.demo.login_role': '{organisation} में {role}',
  'cli.demo.not_empty':
    'इस डेटाबेस में पहले से संस्थाएँ हैं; डेमो डेटा सिर्फ़ खाली डेटाबेस में लोड होता है। GROUNDWORK_DATA_DIR या DATABASE_URL को किसी नए डेटाबेस पर सेट करें।',
  'cli.serve.listening': 'Groundwork {url} पर चल रहा है (डेटाबेस: {dialect})',
  'cli.migrate.applied': 'ये माइग्रेशन लागू किए गए: {names}।',
  'cli.migrate.up_to_date': 'डेटाबेस अप-टू-डेट है।',
  'cli.org.created': 'संस्था {slug} ({name}) बनाई गई, आईडी {id}।',
  'cli.org.not_found': '"{slug}" छोटे नाम वाली कोई संस्था नहीं है।',
  'cli.network.created':
    '{count, plural, one {# संस्था} other {# संस्थाओं}} का नेटवर्क {slug} बनाया गया, आईडी {id}।',
  'cli.user.not_found': 'संस्था {org} में "{username}" नाम का कोई यूज़र नहीं है।',
  'cli.user.password_missing': 'पासवर्ड --password से या GROUNDWORK_PASSWORD वेरिएबल से दें।',
  'cli.user.created': '{org} में यूज़र {username} ({role}) बनाया गया, आईडी {id}।',
  'cli.user.disabled': '{org} में {username} का खाता बंद कर दिया गया; इस यूज़र के सभी सेशन खत्म हो गए हैं।',
  'cli.user.password_set': '{org} में {username} का नया पासवर्ड सेट किया गया; इस यूज़र के सभी सेशन खत्म हो गए हैं।',
  'cli.csv.cannot_read': '{file} पढ़ी नहीं जा सकी: {reason}',
  'cli.csv.unknown_columns':
    '{file} में ऐसे कॉलम हैं जिन्हें यह इम्पोर्ट नहीं पहचानता: {columns}। कॉलम देखने के लिए `groundwork import {noun} --help` चलाएँ।',
  'cli.csv.repeated_column': '{file} में {column} कॉलम दो बार है।',
  'cli.csv.unreadable': '{file} ऐसी CSV फ़ाइल नहीं है जिसे यह पढ़ सके: {reason}',
  'cli.row.whole_number': 'पूर्ण संख्या होनी चाहिए',
  'cli.row.number': 'संख्या होनी चाहिए',
  'cli.row.yes_or_no': 'yes या no होना चाहिए',
  'cli.row.amount': '150 या 150.50 जैसी संख्या होनी चाहिए',
  'cli.row.no_decimals': 'इसमें दशमलव नहीं चलता',
  'cli.row.max_decimals': 'इसमें दशमलव के बाद ज़्यादा से ज़्यादा {places, plural, one {# अंक} other {# अंक}} चलते हैं',
  'cli.row.unknown_area_code': 'संस्था के किसी भी क्षेत्र का कोड {code} नहीं है',
  'cli.row.ambiguous_area_code': '{count} क्षेत्रों का कोड {code} है; इसकी जगह area_id दें',
  'cli.row.repeated_id': 'पंक्ति {row} वाली आईडी दोबारा दी गई है',
  'cli.row.id_taken': 'इस आईडी वाला रिकॉर्ड पहले से मौजूद है',
  'cli.import.row_error': 'पंक्ति {row}, {column}: {message}',
  'cli.import.rows_invalid':
    '{rows, plural, one {# पंक्ति सही नहीं थी} other {# पंक्तियाँ सही नहीं थीं}}; कुछ भी इम्पोर्ट नहीं किया गया।',
  'cli.import.rows_refused':
    '{rows, plural, one {# पंक्ति अस्वीकार की गई} other {# पंक्तियाँ अस्वीकार की गईं}}; कुछ भी इम्पोर्ट नहीं किया गया।',
  'cli.import.progress': '{done}/{total} पंक्तियाँ',
  'cli.import.people_done':
    '{file} से {count, plural, one {# व्यक्ति इम्पोर्ट किया गया} other {# लोग इम्पोर्ट किए गए}}{before, plural, =0 {} one { (# पंक्ति पहले ही इम्पोर्ट हो चुकी थी)} other { (# पंक्तियाँ पहले ही इम्पोर्ट हो चुकी थीं)}}।',
  'cli.import.groups_done':
    '{file} से {count, plural, one {# समूह इम्पोर्ट किया गया} other {# समूह इम्पोर्ट किए गए}}{before, plural, =0 {} one { (# पंक्ति पहले ही इम्पोर्ट हो चुकी थी)} other { (# पंक्तियाँ पहले ही इम्पोर्ट हो चुकी थीं)}}।',
  'cli.export.cannot_write': '{file} में लिखा नहीं जा सका: {reason}',
  'cli.export.people_done':
    '{org} के {count, plural, one {# व्यक्ति का डेटा} other {# लोगों का डेटा}} एक्सपोर्ट किया गया।',
  'cli.export.people_done_to_file':
    '{org} के {count, plural, one {# व्यक्ति का डेटा} other {# लोगों का डेटा}} {file} में एक्सपोर्ट किया गया।',
  'cli.export.groups_done':
    '{org} के {count, plural, one {# समूह एक्सपोर्ट किया गया} other {# समूह एक्सपोर्ट किए गए}}।',
  'cli.export.groups_done_to_file':
    '{org} के {count, plural, one {# समूह {file} में एक्सपोर्ट किया गया} other {# समूह {file} में एक्सपोर्ट किए गए}}।',
  'cli.backup.not_sqlite':
    'backup सिर्फ़ SQLite डेटाबेस की कॉपी बनाता है। PostgreSQL पर pg_dump इस्तेमाल करें, उदाहरण के लिए: {command}',
  'cli.backup.file_exists': '{file} पहले से मौजूद है; कोई दूसरा नाम दें, या उसे बदलने के लिए --force दें।',
  'cli.backup.done': 'डेटाबेस का बैकअप {file} में बना दिया गया।',
  'cli.restore.not_sqlite':
    'restore सिर्फ़ SQLite डेटाबेस को बदलता है। PostgreSQL पर pg_restore इस्तेमाल करें, उदाहरण के लिए: {command}',
  'cli.restore.server_running':
    'एक Groundwork सर्वर (प्रोसेस {pid}) {file} का इस्तेमाल कर रहा है; रीस्टोर करने से पहले उसे बंद करें।',
  'cli.restore.no_file': '{file} नाम की कोई फ़ाइल नहीं है।',
  'cli.restore.not_groundwork': '{file} एक SQLite डेटाबेस है, लेकिन Groundwork का नहीं।',
  'cli.restore.damaged': '{file} खराब हो गई है: {reason}',
  'cli.restore.not_sqlite_file': '{file} SQLite डेटाबेस नहीं है: {reason}',
  'cli.restore.cannot_migrate': '{file} को इस वर्ज़न तक अपडेट नहीं किया जा सकता: {reason}',
  'cli.restore.done': '{target} को {file} से रीस्टोर किया गया।',
  'cli.restore.done_kept': '{target} को {file} से रीस्टोर किया गया। पहले वाला डेटाबेस {kept} नाम से रखा गया है।',
};

export const hi: Catalogue = { ...base, ...financeHi, ...reportsHi, ...healthHi, ...outreachHi };
