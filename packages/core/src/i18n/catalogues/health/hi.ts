import type { healthEn } from './en.ts';

/** Hindi messages of the health pages, in the words of the group books: समूह, बैठक, बचत, कर्ज़, किस्त. */
export const healthHi: Record<keyof typeof healthEn, string> = {
  'health.sutra.regular_meetings': 'नियमित बैठक',
  'health.sutra.regular_savings': 'नियमित बचत',
  'health.sutra.regular_lending': 'सदस्यों में नियमित कर्ज़ का लेन-देन',
  'health.sutra.timely_repayment': 'समय पर कर्ज़ वापसी',
  'health.sutra.books_up_to_date': 'अद्यतन हिसाब-किताब',
  'health.reason.meetings_held':
    '{due, plural, =0 {इस महीने कोई बैठक तय नहीं थी।} one {तय # बैठक में से {held, number} हुई।} other {तय # बैठकों में से {held, number} हुईं।}}',
  'health.reason.no_meetings_held': 'इस महीने कोई बैठक नहीं हुई।',
  'health.reason.savings_made':
    'हुई बैठकों में {expected} में से {saved} बार बचत जमा हुई (हर बैठक में हर सदस्य की एक), यानी {percent}%; कम से कम {threshold}% ज़रूरी है।',
  'health.reason.loans_active': 'महीने के अंत में बाकी कर्ज़: {outstanding}; इस महीने दिए गए कर्ज़: {disbursed}।',
  'health.reason.loans_overdue':
    '{overdue, plural, one {महीने के अंत में # कर्ज़ 30 दिन से ज़्यादा बकाया था।} other {महीने के अंत में # कर्ज़ 30 दिन से ज़्यादा बकाया थे।}}',
  'health.reason.instalments_on_time':
    '{due, plural, =0 {इस महीने कर्ज़ की कोई किस्त देय नहीं थी।} one {देय # किस्त में से {paid, number} समय पर चुकाई गई ({percent, number}%); कम से कम {threshold, number}% ज़रूरी है।} other {देय # किस्तों में से {paid, number} समय पर चुकाई गईं ({percent, number}%); कम से कम {threshold, number}% ज़रूरी है।}}',
  'health.reason.books_closed':
    '{held, plural, one {हुई # बैठक में से {closed, number} का हिसाब बंद हुआ} other {हुई # बैठकों में से {closed, number} का हिसाब बंद हुआ}}; बैठक के {days} दिन से ज़्यादा बाद दर्ज की गई बैठकें: {late, number}।',
  'health.ratio.attendance_rate': 'हाज़िरी दर',
  'health.ratio.savings_per_member': 'प्रति सदस्य बचत',
  'health.ratio.loan_fund_utilisation': 'कर्ज़ कोष का उपयोग',
  'health.ratio.portfolio_at_risk_30': 'जोखिम में कर्ज़ (30 दिन से ज़्यादा बकाया)',
  'health.ratio.return_on_savings': 'बचत पर लाभ',
  'health.ratio.drop_out_rate': 'सदस्यों के छोड़ने की दर',
  'health.ratio_definition.attendance_rate':
    'अवधि की बैठकों में हाज़िर सदस्यों का जोड़, उन बैठकों में सूची में दर्ज सदस्यों के जोड़ से भाग।',
  'health.ratio_definition.savings_per_member': 'अवधि के अंत में कुल बचत, उस समय के सदस्यों की संख्या से भाग।',
  'health.ratio_definition.loan_fund_utilisation':
    'अवधि के अंत में बाकी कर्ज़ का मूलधन, कर्ज़ कोष (नकद + बैंक + बाकी कर्ज़) से भाग।',
  'health.ratio_definition.portfolio_at_risk_30':
    '30 दिन से ज़्यादा बकाया कर्ज़ों का बाकी मूलधन, सभी कर्ज़ों के बाकी मूलधन से भाग।',
  'health.ratio_definition.return_on_savings': 'अवधि का शुद्ध लाभ (आय घटा खर्च), उस अवधि की औसत बचत से भाग।',
  'health.ratio_definition.drop_out_rate': 'अवधि में समूह छोड़ने वाले सदस्य, अवधि की शुरुआत के सदस्यों से भाग।',
};
