import type { Catalogue } from '../translate.ts';

/**
 * Marathi: plain everyday words, in Devanagari, for बचत गट members and field workers.
 * Plural branches repeat the number as `{count}` rather than `#`: for Marathi `#` is written in
 * Devanagari digits while a plain `{min}` stays in Latin digits, and one sentence should not mix them.
 */
export const mr: Catalogue = {
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
};
