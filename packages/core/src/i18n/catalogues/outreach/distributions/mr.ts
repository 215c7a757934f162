import type { distributionsEn } from './en.ts';

/**
 * Marathi messages of relief distributions: किट, वाटप केंद्र, पावती, साठा. Plural branches repeat the
 * number as `{given}`, as the main Marathi catalogue does, so it stays in Latin digits.
 */
export const distributionsMr: Record<keyof typeof distributionsEn, string> = {
  'error.kit.repeated_item': 'किटमध्ये {item} एकाच एककात दोनदा लिहिले आहे; प्रत्येक वस्तू एकदाच लिहा.',
  'error.distribution.id_taken': 'हा ओळख क्रमांक (id) दुसऱ्या नोंदीचा आहे; नवा पाठवा.',
  'error.distribution.dates_order': 'वाटप सुरू होण्यापूर्वी ({startsOn}) संपू शकत नाही.',
  'error.distribution.outside_dates': 'हे वाटप {startsOn} ते {endsOn} या काळात आहे; किट इतर दिवशी देता येत नाही.',
  'error.distribution.given_in_future': 'पुढे येणाऱ्या दिवसाच्या तारखेला किट दिल्याची नोंद करता येत नाही.',
  'error.distribution.already_received':
    'या व्यक्तीला हे वाटप {givenOn} रोजी मिळाले आहे. प्रत्येक व्यक्तीला ते एकदाच मिळते.',
  'error.receipt.photo_required': 'फोटोच्या पुराव्यासाठी फोटोचा संदर्भ (reference) आवश्यक आहे.',
  'error.receipt.photo_not_expected':
    'फोटोचा संदर्भ फक्त फोटोच्या पुराव्यात असतो; सही किंवा अंगठ्याच्या ठशासाठी तो पाठवू नका.',
  'error.stock.insufficient':
    'त्या दिवशी केंद्रावर {item} फक्त {inStock} {unit} आहे; {needed} {unit} लागेल. काहीही नोंदवले गेले नाही.',
  'error.stock.zero_adjustment': 'शून्याची दुरुस्ती काहीच बदलत नाही; मोजणीत सापडलेला फरक लिहा.',
  'error.stock.in_future': 'पुढे येणाऱ्या दिवसाच्या तारखेला साठ्याची हालचाल नोंदवता येत नाही.',
  'distributions.report.stock.title': 'वाटप केंद्रांवरील साठा',
  'distributions.report.recipients.title': 'वाटप मिळालेले लोक',
  'distributions.column.point': 'वाटप केंद्र',
  'distributions.column.item': 'वस्तू',
  'distributions.column.unit': 'एकक',
  'distributions.column.in': 'आले',
  'distributions.column.out': 'गेले',
  'distributions.column.balance': 'शिल्लक',
  'distributions.column.person': 'नाव',
  'distributions.column.given_on': 'दिल्याची तारीख',
  'distributions.column.proof': 'पुरावा',
  'distributions.column.photo_ref': 'फोटोचा संदर्भ',
  'distributions.column.person_id': 'व्यक्तीचा ओळख क्रमांक',
  'distributions.proof.signature': 'सही',
  'distributions.proof.thumbprint': 'अंगठ्याचा ठसा',
  'distributions.proof.photo': 'फोटो',
  'distributions.fact.kit': 'किट',
  'distributions.fact.progress': 'प्रगती',
  'distributions.fact.given_value': '{given, plural, one {{given} किट दिले} other {{given} किट दिले}}',
  'distributions.fact.progress_value':
    'ठरवलेल्या {target} पैकी {given, plural, one {{given} किट दिले} other {{given} किट दिले}}',
  'distributions.empty.stock': 'या तारखेपर्यंत या केंद्रांवर कोणताही साठा नोंदवला गेला नाही.',
  'distributions.empty.recipients': 'हे वाटप अजून कोणालाही मिळालेले नाही.',
};
