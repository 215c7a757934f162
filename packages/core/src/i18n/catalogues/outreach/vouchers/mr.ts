import type { vouchersEn } from './en.ts';

/** Marathi messages of subsidised-care vouchers (व्हाउचर). */
export const vouchersMr: Record<keyof typeof vouchersEn, string> = {
  'error.voucher.id_taken': 'हा ओळख क्रमांक (id) दुसऱ्या व्हाउचरचा आहे; नवा पाठवा.',
  'error.voucher.expiry_order': 'व्हाउचर दिल्याच्या दिवसानंतरच ({issuedOn}) त्याची मुदत संपू शकते.',
  'error.voucher.issued_in_future': 'पुढे येणाऱ्या दिवसाच्या तारखेला व्हाउचर देता येत नाही.',
  'error.voucher.currency_mismatch': 'संस्थेचा हिशेब {orgCurrency} मध्ये आहे; {currency} मधील व्हाउचर देता येत नाही.',
  'error.voucher.reason_required':
    'सर्वात कमी पोहोच असलेल्या व्हाउचरसाठी तिला उपचार मिळण्यात सर्वात कमी पोहोच का आहे याचे कारण आवश्यक आहे.',
  'error.voucher.birth_unknown':
    'जन्मतारीख किंवा जन्मवर्ष नोंदवलेले नाही, त्यामुळे वय पाच वर्षांखाली आहे का ते ठरवता येत नाही. आधी ते नोंदवा.',
  'error.voucher.not_under_five': '{issuedOn} रोजी हे बाळ पाच वर्षांखालील नाही, त्यामुळे व्हाउचर देता येत नाही.',
  'error.voucher.not_pregnant':
    'या महिलेची कोणतीही चालू गर्भावस्था नोंदवलेली नाही. व्हाउचर देण्यापूर्वी गर्भावस्था नोंदवा.',
  'error.voucher.already_used': 'हे व्हाउचर {usedOn} रोजी वापरले गेले आहे; ते एकदाच वापरता येते.',
  'error.voucher.cancelled': 'हे व्हाउचर रद्द झाले आहे; ते आता वापरता किंवा पुन्हा रद्द करता येत नाही.',
  'error.voucher.used_before_issue': 'व्हाउचर दिल्याच्या दिवसापूर्वी ({issuedOn}) वापरता येत नाही.',
  'error.voucher.used_in_future': 'पुढे येणाऱ्या दिवसाच्या तारखेला व्हाउचर वापरल्याची नोंद करता येत नाही.',
  'error.voucher.expired': 'या व्हाउचरची मुदत {expiresOn} रोजी संपली; ते आता वापरता येत नाही.',
  'error.voucher.amount_exceeds_value': 'या व्हाउचरची किंमत {available} आहे; {amount} त्यापेक्षा जास्त आहे.',
  'vouchers.report.title': 'सवलतीच्या उपचारांचे व्हाउचर',
  'vouchers.column.month': 'दिल्याचा महिना',
  'vouchers.column.category': 'प्रवर्ग',
  'vouchers.column.issued': 'दिले',
  'vouchers.column.used': 'वापरले',
  'vouchers.column.expired': 'न वापरता मुदत संपली',
  'vouchers.column.cancelled': 'रद्द',
  'vouchers.column.value_issued': 'दिलेली किंमत (रद्द वगळून)',
  'vouchers.column.value_used': 'वापरलेली किंमत',
  'vouchers.category.child_under_five': 'पाच वर्षांखालील बाळ',
  'vouchers.category.pregnant_woman': 'गर्भवती महिला',
  'vouchers.category.least_access': 'सर्वात कमी पोहोच असलेले',
  'vouchers.total': 'एकूण',
  'vouchers.all_categories': 'सर्व प्रवर्ग',
  'vouchers.note.cohort':
    'व्हाउचर ज्या महिन्यात दिले त्या महिन्यात मोजले आहेत. न वापरता मुदत संपली म्हणजे {date} पर्यंत वापरले नाही आणि मुदत संपली.',
  'vouchers.empty': 'या काळात एकही व्हाउचर दिले गेले नाही.',
};
