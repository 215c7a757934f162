import type { financeEn } from './en.ts';

/**
 * Marathi messages of the group books, in the words of the main Marathi catalogue: बचत गट, बचत, कर्ज,
 * बचत वाटप. As there, plural branches repeat the number as `{count}` rather than `#`, so that it stays
 * in the same Latin digits as the amounts.
 */
export const financeMr: Record<keyof typeof financeEn, string> = {
  'error.finance.not_member': 'ही व्यक्ती सध्या या गटाची सदस्य नाही.',
  'error.finance.no_books': 'अशा प्रकारचा गट बचतीचा किंवा कर्जाचा हिशेब ठेवत नाही.',
  'error.finance.currency_digits':
    '{amount} या रकमेत {currency} साठी चालतात त्यापेक्षा जास्त दशांश अंक आहेत; रक्कम सर्वात लहान एककाच्या (जसे पैसे) पूर्ण संख्येत पाठवा.',
  'error.ledger.unbalanced':
    'ही नोंद जुळत नाही: तिच्या नावे (डेबिट) आणि जमा (क्रेडिट) बाजूंमध्ये {difference} चा फरक आहे.',
  'error.ledger.account_not_in_chart': 'या गटाच्या हिशेबात {account} हे खाते नाही.',
  'error.bank.account_not_in_group': 'हे बँक खाते या गटाचे नाही.',
  'error.cash.insufficient': 'गटाकडे {account} मध्ये फक्त {available} आहेत; {amount} देता येणार नाहीत.',
  'error.saving.exceeds_balance': 'तिची बचत फक्त {balance} आहे; {amount} काढता येणार नाहीत.',
  'error.saving.not_whole_shares': 'बचत {sharePrice} च्या पूर्ण शेअरमध्येच करता येते.',
  'error.loan.not_active': 'या कर्जाची स्थिती आधीच {status} आहे; त्यावर आता आणखी भरणा करता येणार नाही.',
  'error.loan.overpayment': 'या कर्जावर फक्त {payoff} भरायचे बाकी आहेत; {amount} खूप जास्त आहेत.',
  'error.loan.over_cap': 'गटाच्या नियमांनुसार तिला जास्तीत जास्त {cap} कर्ज मिळू शकते; {amount} त्यापेक्षा जास्त आहेत.',
  'error.loan.over_funds':
    'गटाकडे कर्ज देण्यासाठी फक्त {available} आहेत (रोख आणि बँक मिळून); {amount} त्यापेक्षा जास्त आहेत.',
  'error.loan.not_in_group': 'हे कर्ज दुसऱ्या गटाचे आहे.',
  'error.fine.exceeds_due': 'तिच्याकडे फक्त {due} दंड बाकी आहे; {amount} त्यापेक्षा जास्त आहेत.',
  'error.external_loan.overpayment': 'या कर्जावर फक्त {outstanding} देणे बाकी आहे; {amount} त्यापेक्षा जास्त आहेत.',
  'error.meeting.before_formed': 'बैठकीची तारीख गट स्थापन झाल्याच्या तारखेच्या ({formedOn}) आधीची आहे.',
  'error.meeting.in_future': 'बैठकीची तारीख पुढची (भविष्यातील) आहे.',
  'error.meeting.closed': 'ही बैठक बंद झाली आहे. त्याऐवजी दुरुस्तीची नोंद करा.',
  'error.meeting.already_held': 'या गटाची {date} ची बैठक आधीच नोंदलेली आहे.',
  'error.meeting.attendance_incomplete':
    '{count, plural, one {{count} सदस्याची हजेरी नोंदलेली नाही} other {{count} सदस्यांची हजेरी नोंदलेली नाही}}.',
  'error.meeting.duplicate_person': '{field} मध्ये एकच सदस्य दोनदा आला आहे.',
  'error.entry.already_reversed': 'ही नोंद आधीच उलटवली (रद्द केली) आहे.',
  'error.entry.not_reversible': 'ही नोंद उलटवता येत नाही; त्याऐवजी नवीन नोंद करा.',
  'error.entry.reversal_overdraws':
    'ही नोंद उलटवल्यास रोख, बँक खाते, तिची बचत किंवा तिचा दंड शून्याखाली जाईल. आधी तिच्यावर अवलंबून असलेल्या नंतरच्या नोंदी उलटवा.',
  'error.cycle.already_open': 'बचतीचे एक चक्र आधीच सुरू आहे; दुसरे सुरू करण्याआधी बचत वाटप करा.',
  'error.cycle.none_open': 'बचतीचे कोणतेही चक्र सुरू नाही.',
  'error.cycle.dates_order': 'ठरवलेली शेवटची तारीख सुरुवातीच्या तारखेनंतरची असली पाहिजे.',
  'error.shareout.loan_exceeds_share':
    'तिचे बाकी कर्ज {outstanding} आहे, जे तिच्या {share} वाट्यापेक्षा जास्त आहे; आधी ते वसूल करा किंवा माफ (राइट ऑफ) करा.',
  'error.shareout.negative_fund': 'रोख आणि बँक मिळून सामाजिक निधीपेक्षा कमी आहेत; वाटण्यासारखे काही नाही.',
  'error.report.date_range': 'सुरुवातीची तारीख शेवटच्या तारखेनंतरची असू नये.',
};
