import type { financeEn } from './en.ts';

/**
 * Hindi messages of the group books, in the words of the main Hindi catalogue: समूह, बचत, कर्ज़,
 * बचत का बँटवारा.
 */
export const financeHi: Record<keyof typeof financeEn, string> = {
  'error.finance.not_member': 'यह व्यक्ति अभी इस समूह का सदस्य नहीं है।',
  'error.finance.no_books': 'इस तरह का समूह बचत या कर्ज़ का हिसाब नहीं रखता।',
  'error.finance.currency_digits':
    'रकम {amount} में {currency} के हिसाब से ज़्यादा दशमलव अंक हैं; रकम को सबसे छोटी इकाई (जैसे पैसे) की पूरी संख्या में भेजें।',
  'error.ledger.unbalanced': 'यह एंट्री बराबर नहीं है: इसके नामे (डेबिट) और जमा (क्रेडिट) में {difference} का अंतर है।',
  'error.ledger.account_not_in_chart': 'इस समूह के हिसाब में {account} खाता नहीं है।',
  'error.bank.account_not_in_group': 'यह बैंक खाता इस समूह का नहीं है।',
  'error.cash.insufficient': 'समूह के पास {account} में केवल {available} है; {amount} नहीं दिए जा सकते।',
  'error.saving.exceeds_balance': 'उसकी बचत केवल {balance} है; {amount} नहीं निकाले जा सकते।',
  'error.saving.not_whole_shares': 'बचत {sharePrice} वाले शेयरों की पूरी संख्या में ही हो सकती है।',
  'error.loan.not_active': 'इस कर्ज़ की स्थिति पहले से {status} है; इस पर अब और भुगतान नहीं किया जा सकता।',
  'error.loan.overpayment': 'इस कर्ज़ पर केवल {payoff} चुकाना बाकी है; {amount} बहुत ज़्यादा है।',
  'error.loan.over_cap':
    'समूह के नियमों के अनुसार उसे ज़्यादा से ज़्यादा {cap} का कर्ज़ मिल सकता है; {amount} इससे ज़्यादा है।',
  'error.loan.over_funds':
    'समूह के पास कर्ज़ देने के लिए केवल {available} है (नकद और बैंक मिलाकर); {amount} इससे ज़्यादा है।',
  'error.loan.not_in_group': 'यह कर्ज़ किसी दूसरे समूह का है।',
  'error.fine.exceeds_due': 'उस पर केवल {due} का जुर्माना बाकी है; {amount} इससे ज़्यादा है।',
  'error.external_loan.overpayment': 'इस कर्ज़ पर केवल {outstanding} चुकाना बाकी है; {amount} इससे ज़्यादा है।',
  'error.meeting.before_formed': 'बैठक की तारीख समूह बनने की तारीख ({formedOn}) से पहले की है।',
  'error.meeting.in_future': 'बैठक की तारीख आगे (भविष्य) की है।',
  'error.meeting.closed': 'यह बैठक बंद हो चुकी है। इसकी जगह सुधार दर्ज करें।',
  'error.meeting.already_held': 'इस समूह की {date} की बैठक पहले से दर्ज है।',
  'error.meeting.attendance_incomplete':
    '{count, plural, one {# सदस्य की हाज़िरी दर्ज नहीं है} other {# सदस्यों की हाज़िरी दर्ज नहीं है}}।',
  'error.meeting.duplicate_person': '{field} में एक ही सदस्य दो बार आया है।',
  'error.entry.already_reversed': 'यह एंट्री पहले ही उलटी (रद्द) की जा चुकी है।',
  'error.entry.not_reversible': 'यह एंट्री उलटी नहीं की जा सकती; इसकी जगह नई एंट्री दर्ज करें।',
  'error.entry.reversal_overdraws':
    'इस एंट्री को उलटने से नकद, बैंक खाता, उसकी बचत या उसका जुर्माना शून्य से कम हो जाएगा। पहले उस पर टिकी बाद की एंट्री उलटें।',
  'error.cycle.already_open': 'बचत का एक चक्र पहले से चल रहा है; नया चक्र शुरू करने से पहले बचत का बँटवारा करें।',
  'error.cycle.none_open': 'बचत का कोई चक्र नहीं चल रहा है।',
  'error.cycle.dates_order': 'तय की गई आखिरी तारीख शुरू की तारीख के बाद की होनी चाहिए।',
  'error.shareout.loan_exceeds_share':
    'उसका बाकी कर्ज़ {outstanding} है, जो उसके हिस्से {share} से ज़्यादा है; पहले कर्ज़ वसूल करें या उसे माफ़ (राइट ऑफ़) करें।',
  'error.shareout.negative_fund': 'नकद और बैंक मिलाकर सामाजिक कोष से कम पैसा है; बाँटने के लिए कुछ नहीं है।',
  'error.report.date_range': 'शुरू की तारीख आखिरी तारीख के बाद की नहीं हो सकती।',
};
