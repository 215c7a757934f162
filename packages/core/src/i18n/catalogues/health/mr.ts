import type { healthEn } from './en.ts';

/**
 * Marathi messages of the health pages, in the words of the group books: बचत गट, बैठक, बचत, कर्ज, हप्ता.
 * As in the main Marathi catalogue, plural branches repeat the number as `{due}` rather than `#`.
 */
export const healthMr: Record<keyof typeof healthEn, string> = {
  'health.sutra.regular_meetings': 'नियमित बैठका',
  'health.sutra.regular_savings': 'नियमित बचत',
  'health.sutra.regular_lending': 'सदस्यांमध्ये नियमित कर्जवाटप',
  'health.sutra.timely_repayment': 'वेळेवर कर्जफेड',
  'health.sutra.books_up_to_date': 'अद्ययावत हिशेब',
  'health.reason.meetings_held':
    '{due, plural, =0 {या महिन्यात कोणतीही बैठक ठरलेली नव्हती.} one {ठरलेल्या {due} बैठकीपैकी {held, number} झाली.} other {ठरलेल्या {due} बैठकांपैकी {held, number} झाल्या.}}',
  'health.reason.no_meetings_held': 'या महिन्यात एकही बैठक झाली नाही.',
  'health.reason.savings_made':
    'झालेल्या बैठकांमध्ये {expected} पैकी {saved} वेळा बचत जमा झाली (प्रत्येक बैठकीत प्रत्येक सदस्याची एक), म्हणजे {percent}%; किमान {threshold}% आवश्यक आहे.',
  'health.reason.loans_active': 'महिनाअखेरीस बाकी कर्जे: {outstanding}; या महिन्यात दिलेली कर्जे: {disbursed}.',
  'health.reason.loans_overdue':
    '{overdue, plural, one {महिनाअखेरीस {overdue} कर्ज 30 दिवसांपेक्षा जास्त थकले होते.} other {महिनाअखेरीस {overdue} कर्जे 30 दिवसांपेक्षा जास्त थकली होती.}}',
  'health.reason.instalments_on_time':
    '{due, plural, =0 {या महिन्यात कर्जाचा कोणताही हप्ता देय नव्हता.} one {देय {due} हप्त्यापैकी {paid, number} वेळेवर भरला गेला ({percent, number}%); किमान {threshold, number}% आवश्यक आहे.} other {देय {due} हप्त्यांपैकी {paid, number} वेळेवर भरले गेले ({percent, number}%); किमान {threshold, number}% आवश्यक आहे.}}',
  'health.reason.books_closed':
    '{held, plural, one {झालेल्या {held} बैठकीपैकी {closed, number} बैठकीचा हिशेब बंद झाला} other {झालेल्या {held} बैठकांपैकी {closed, number} बैठकांचा हिशेब बंद झाला}}; बैठकीनंतर {days} दिवसांपेक्षा जास्त उशिरा नोंदलेल्या बैठका: {late, number}.',
  'health.ratio.attendance_rate': 'उपस्थितीचे प्रमाण',
  'health.ratio.savings_per_member': 'प्रति सदस्य बचत',
  'health.ratio.loan_fund_utilisation': 'कर्जनिधीचा वापर',
  'health.ratio.portfolio_at_risk_30': 'जोखमीतील कर्जे (30 दिवसांपेक्षा जास्त थकलेली)',
  'health.ratio.return_on_savings': 'बचतीवरील परतावा',
  'health.ratio.drop_out_rate': 'गट सोडण्याचे प्रमाण',
  'health.ratio_definition.attendance_rate':
    'कालावधीतील बैठकांमध्ये उपस्थित सदस्यांची बेरीज भागिले त्या बैठकांच्या यादीतील सदस्यांची बेरीज.',
  'health.ratio_definition.savings_per_member': 'कालावधीच्या शेवटी एकूण बचत भागिले त्या वेळच्या सदस्यांची संख्या.',
  'health.ratio_definition.loan_fund_utilisation':
    'कालावधीच्या शेवटी बाकी कर्जाची मुद्दल भागिले कर्जनिधी (रोख + बँक + बाकी कर्जे).',
  'health.ratio_definition.portfolio_at_risk_30':
    '30 दिवसांपेक्षा जास्त थकलेल्या कर्जांची बाकी मुद्दल भागिले सर्व कर्जांची बाकी मुद्दल.',
  'health.ratio_definition.return_on_savings':
    'कालावधीतील निव्वळ नफा (उत्पन्न वजा खर्च) भागिले त्या कालावधीतील सरासरी बचत.',
  'health.ratio_definition.drop_out_rate': 'कालावधीत गट सोडलेले सदस्य भागिले कालावधीच्या सुरुवातीचे सदस्य.',
};
