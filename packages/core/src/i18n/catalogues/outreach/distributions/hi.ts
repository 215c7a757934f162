import type { distributionsEn } from './en.ts';

/** Hindi messages of relief distributions: किट, वितरण केंद्र, रसीद, स्टॉक. */
export const distributionsHi: Record<keyof typeof distributionsEn, string> = {
  'error.kit.repeated_item': 'किट में {item} एक ही इकाई में दो बार लिखा है; हर सामान एक बार लिखें।',
  'error.distribution.id_taken': 'यह पहचान संख्या (id) किसी दूसरे रिकॉर्ड की है; नई भेजें।',
  'error.distribution.dates_order': 'वितरण शुरू होने ({startsOn}) से पहले ख़त्म नहीं हो सकता।',
  'error.distribution.outside_dates': 'यह वितरण {startsOn} से {endsOn} तक है; किट किसी और दिन नहीं दी जा सकती।',
  'error.distribution.given_in_future': 'आने वाले दिन की तारीख़ में किट दी गई दर्ज नहीं की जा सकती।',
  'error.distribution.already_received':
    'इस व्यक्ति को यह वितरण {givenOn} को मिल चुका है। हर व्यक्ति को यह एक ही बार मिलता है।',
  'error.receipt.photo_required': 'फ़ोटो वाले सबूत के लिए फ़ोटो का संदर्भ (reference) ज़रूरी है।',
  'error.receipt.photo_not_expected':
    'फ़ोटो का संदर्भ सिर्फ़ फ़ोटो वाले सबूत में होता है; हस्ताक्षर या अँगूठे के निशान के लिए इसे न भेजें।',
  'error.stock.insufficient':
    'उस दिन केंद्र पर {item} सिर्फ़ {inStock} {unit} है; {needed} {unit} चाहिए। कुछ भी दर्ज नहीं हुआ।',
  'error.stock.zero_adjustment': 'शून्य का सुधार कुछ नहीं बदलता; गिनती में जो अंतर मिला, वह लिखें।',
  'error.stock.in_future': 'आने वाले दिन की तारीख़ में स्टॉक का आना-जाना दर्ज नहीं किया जा सकता।',
  'distributions.report.stock.title': 'वितरण केंद्रों का स्टॉक',
  'distributions.report.recipients.title': 'वितरण पाने वाले लोग',
  'distributions.column.point': 'वितरण केंद्र',
  'distributions.column.item': 'सामान',
  'distributions.column.unit': 'इकाई',
  'distributions.column.in': 'आया',
  'distributions.column.out': 'गया',
  'distributions.column.balance': 'बाक़ी',
  'distributions.column.person': 'नाम',
  'distributions.column.given_on': 'किस दिन दिया',
  'distributions.column.proof': 'सबूत',
  'distributions.column.photo_ref': 'फ़ोटो का संदर्भ',
  'distributions.column.person_id': 'व्यक्ति की पहचान संख्या',
  'distributions.proof.signature': 'हस्ताक्षर',
  'distributions.proof.thumbprint': 'अँगूठे का निशान',
  'distributions.proof.photo': 'फ़ोटो',
  'distributions.fact.kit': 'किट',
  'distributions.fact.progress': 'प्रगति',
  'distributions.fact.given_value': '{given, plural, one {# किट दी गई} other {# किट दी गईं}}',
  'distributions.fact.progress_value':
    'तय {target} में से {given, plural, one {# किट दी गई} other {# किट दी गईं}}',
  'distributions.empty.stock': 'इस तारीख़ तक इन केंद्रों पर कोई स्टॉक दर्ज नहीं हुआ।',
  'distributions.empty.recipients': 'यह वितरण अभी तक किसी को नहीं मिला।',
};
