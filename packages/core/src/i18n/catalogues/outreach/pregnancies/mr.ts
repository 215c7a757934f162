import type { pregnanciesEn } from './en.ts';

export const pregnanciesMr: Record<keyof typeof pregnanciesEn, string> = {
  'error.pregnancy.male': 'ही व्यक्ती पुरुष म्हणून नोंदलेली आहे. त्यांची गर्भधारणा नोंदवता येत नाही.',
  'error.pregnancy.already_current':
    'तिची एक गर्भधारणा आधीच सुरू आहे. दुसरी नोंदवण्यापूर्वी तिची प्रसूती नोंदवा किंवा ती बंद करा.',
  'error.pregnancy.in_future': 'ही तारीख आजनंतरची आहे.',
  'error.pregnancy.expected_delivery_out_of_range':
    'प्रसूतीची अपेक्षित तारीख {earliest} ते {latest} च्या दरम्यान असावी (गर्भधारणा जास्तीत जास्त सुमारे 44 आठवड्यांची असते).',
  'error.pregnancy.last_period_out_of_range':
    'शेवटच्या मासिक पाळीची तारीख {earliest} ते {latest} च्या दरम्यान असावी.',
  'error.pregnancy.before_registration': 'ही तारीख गर्भधारणेच्या नोंदणीपूर्वीची ({registeredOn}) आहे.',
  'error.pregnancy.after_end': 'ही तारीख गर्भधारणा संपल्यानंतरची ({endedOn}) आहे.',
  'error.pregnancy.already_delivered': 'या गर्भधारणेची प्रसूती आधीच नोंदलेली आहे.',
  'error.pregnancy.closed': 'ही गर्भधारणा बंद केली आहे. ती पुन्हा गर्भवती असल्यास नवीन गर्भधारणा नोंदवा.',
  'error.pregnancy.facility_name_required': 'जिथे प्रसूती झाली त्या आरोग्य केंद्राचे नाव लिहा.',
  'error.pregnancy.facility_name_not_facility': 'केंद्राचे नाव फक्त आरोग्य केंद्रातील प्रसूतीसाठी आहे.',
  'error.pregnancy.not_delivered': 'या गर्भधारणेची अजून प्रसूती नोंदलेली नाही. आधी प्रसूती नोंदवा.',
  'error.pregnancy.postnatal_before_delivery': 'प्रसूतीनंतरची भेट प्रसूतीपूर्वीची ({deliveredOn}) असू शकत नाही.',
  'error.pregnancy.period_order': 'कालावधीची सुरुवात त्याच्या शेवटानंतर असू शकत नाही.',
  'error.pregnancy.period_too_long':
    'कालावधी जास्तीत जास्त {months, plural, one {# महिन्याचा} other {# महिन्यांचा}} असू शकतो.',
  'report.facility_deliveries.title': 'आरोग्य केंद्रात झालेल्या प्रसूती',
  'report.facility_deliveries.heading.by_month': 'महिन्यानुसार, सर्व क्षेत्रे मिळून',
  'report.facility_deliveries.heading.by_area': 'क्षेत्र आणि महिन्यानुसार',
  'report.facility_deliveries.column.area': 'क्षेत्र',
  'report.facility_deliveries.column.month': 'महिना',
  'report.facility_deliveries.column.deliveries': 'प्रसूती',
  'report.facility_deliveries.column.facility': 'आरोग्य केंद्रात',
  'report.facility_deliveries.column.home': 'घरी',
  'report.facility_deliveries.column.other': 'इतर ठिकाणी',
  'report.facility_deliveries.column.share': 'आरोग्य केंद्रातील प्रसूतींचा वाटा',
  'report.facility_deliveries.row.total': 'संपूर्ण कालावधी',
  'report.facility_deliveries.no_area': 'क्षेत्र नोंदलेले नाही',
  'report.facility_deliveries.all_areas': 'सर्व क्षेत्रे',
  'report.facility_deliveries.note.count':
    'या कालावधीत {count, plural, one {# प्रसूती नोंदली गेली} other {# प्रसूती नोंदल्या गेल्या}}.',
  'report.facility_deliveries.note.definition':
    'प्रत्येक प्रसूती ज्या महिन्यात झाली त्या महिन्यात एकदाच मोजली जाते, तिचा परिणाम काहीही असो आणि कितीही बाळे जन्मली असोत. वाटा = आरोग्य केंद्रातील प्रसूती ÷ सर्व प्रसूती. महिलेला ती ज्या क्षेत्रात नोंदलेली आहे तिथे मोजले जाते.',
};
