import type { vouchersEn } from './en.ts';

/** Hindi messages of subsidised-care vouchers (वाउचर). */
export const vouchersHi: Record<keyof typeof vouchersEn, string> = {
  'error.voucher.id_taken': 'यह पहचान संख्या (id) किसी दूसरे वाउचर की है; नई भेजें।',
  'error.voucher.expiry_order': 'वाउचर जारी होने के दिन ({issuedOn}) के बाद ही ख़त्म हो सकता है।',
  'error.voucher.issued_in_future': 'आने वाले दिन की तारीख़ में वाउचर जारी नहीं किया जा सकता।',
  'error.voucher.currency_mismatch':
    'संस्था का हिसाब {orgCurrency} में है; {currency} में वाउचर जारी नहीं किया जा सकता।',
  'error.voucher.reason_required':
    'सबसे कम पहुँच वाले वाउचर के लिए कारण लिखना ज़रूरी है कि उसे इलाज तक सबसे कम पहुँच क्यों है।',
  'error.voucher.birth_unknown':
    'जन्म तिथि या जन्म वर्ष दर्ज नहीं है, इसलिए पाँच साल से कम उम्र तय नहीं हो सकती। पहले उसे दर्ज करें।',
  'error.voucher.not_under_five':
    '{issuedOn} को यह बच्चा पाँच साल से कम का नहीं है, इसलिए वाउचर जारी नहीं हो सकता।',
  'error.voucher.not_pregnant': 'इस महिला की कोई चालू गर्भावस्था दर्ज नहीं है। वाउचर देने से पहले गर्भावस्था दर्ज करें।',
  'error.voucher.already_used': 'यह वाउचर {usedOn} को इस्तेमाल हो चुका है; यह एक ही बार इस्तेमाल होता है।',
  'error.voucher.cancelled':
    'यह वाउचर रद्द हो चुका है; अब न इसका इस्तेमाल हो सकता है, न इसे फिर रद्द किया जा सकता है।',
  'error.voucher.used_before_issue': 'वाउचर जारी होने के दिन ({issuedOn}) से पहले इस्तेमाल नहीं हो सकता।',
  'error.voucher.used_in_future': 'आने वाले दिन की तारीख़ में वाउचर का इस्तेमाल दर्ज नहीं किया जा सकता।',
  'error.voucher.expired': 'यह वाउचर {expiresOn} को ख़त्म हो गया; अब इसका इस्तेमाल नहीं हो सकता।',
  'error.voucher.amount_exceeds_value': 'इस वाउचर की क़ीमत {available} है; {amount} उससे ज़्यादा है।',
  'vouchers.report.title': 'रियायती इलाज के वाउचर',
  'vouchers.column.month': 'जारी होने का महीना',
  'vouchers.column.category': 'श्रेणी',
  'vouchers.column.issued': 'जारी',
  'vouchers.column.used': 'इस्तेमाल हुए',
  'vouchers.column.expired': 'बिना इस्तेमाल ख़त्म',
  'vouchers.column.cancelled': 'रद्द',
  'vouchers.column.value_issued': 'जारी क़ीमत (रद्द छोड़कर)',
  'vouchers.column.value_used': 'इस्तेमाल हुई क़ीमत',
  'vouchers.category.child_under_five': 'पाँच साल से कम उम्र का बच्चा',
  'vouchers.category.pregnant_woman': 'गर्भवती महिला',
  'vouchers.category.least_access': 'सबसे कम पहुँच वाले',
  'vouchers.total': 'कुल',
  'vouchers.all_categories': 'सभी श्रेणियाँ',
  'vouchers.note.cohort':
    'वाउचर उसी महीने में गिने गए हैं जिसमें वे जारी हुए। बिना इस्तेमाल ख़त्म का मतलब है कि {date} तक इस्तेमाल नहीं हुआ और समय निकल गया।',
  'vouchers.empty': 'इस अवधि में कोई वाउचर जारी नहीं हुआ।',
};
