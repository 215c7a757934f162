import type { pregnanciesEn } from './en.ts';

export const pregnanciesHi: Record<keyof typeof pregnanciesEn, string> = {
  'error.pregnancy.male': 'यह व्यक्ति पुरुष के रूप में दर्ज है। इनकी गर्भावस्था दर्ज नहीं की जा सकती।',
  'error.pregnancy.already_current':
    'इनकी एक गर्भावस्था पहले से चालू है। दूसरी दर्ज करने से पहले उसका प्रसव दर्ज करें या उसे बंद करें।',
  'error.pregnancy.in_future': 'यह तारीख़ आज के बाद की है।',
  'error.pregnancy.expected_delivery_out_of_range':
    'प्रसव की अनुमानित तारीख़ {earliest} और {latest} के बीच होनी चाहिए (गर्भावस्था अधिक से अधिक लगभग 44 सप्ताह की होती है)।',
  'error.pregnancy.last_period_out_of_range':
    'अंतिम माहवारी की तारीख़ {earliest} और {latest} के बीच होनी चाहिए।',
  'error.pregnancy.before_registration': 'यह तारीख़ गर्भावस्था के पंजीकरण ({registeredOn}) से पहले की है।',
  'error.pregnancy.after_end': 'यह तारीख़ गर्भावस्था की समाप्ति ({endedOn}) के बाद की है।',
  'error.pregnancy.already_delivered': 'इस गर्भावस्था का प्रसव पहले ही दर्ज है।',
  'error.pregnancy.closed': 'यह गर्भावस्था बंद की जा चुकी है। यदि वह फिर गर्भवती है तो नई गर्भावस्था दर्ज करें।',
  'error.pregnancy.facility_name_required': 'उस स्वास्थ्य केंद्र का नाम लिखें जहाँ प्रसव हुआ।',
  'error.pregnancy.facility_name_not_facility': 'केंद्र का नाम केवल स्वास्थ्य केंद्र में हुए प्रसव के लिए है।',
  'error.pregnancy.not_delivered': 'इस गर्भावस्था का अभी कोई प्रसव दर्ज नहीं है। पहले प्रसव दर्ज करें।',
  'error.pregnancy.postnatal_before_delivery':
    'प्रसव के बाद की मुलाक़ात प्रसव ({deliveredOn}) से पहले की नहीं हो सकती।',
  'error.pregnancy.period_order': 'अवधि की शुरुआत उसके अंत के बाद नहीं हो सकती।',
  'error.pregnancy.period_too_long':
    'अवधि अधिक से अधिक {months, plural, one {# महीने} other {# महीनों}} की हो सकती है।',
  'report.facility_deliveries.title': 'स्वास्थ्य केंद्र में हुए प्रसव',
  'report.facility_deliveries.heading.by_month': 'महीने के अनुसार, सभी क्षेत्र मिलाकर',
  'report.facility_deliveries.heading.by_area': 'क्षेत्र और महीने के अनुसार',
  'report.facility_deliveries.column.area': 'क्षेत्र',
  'report.facility_deliveries.column.month': 'महीना',
  'report.facility_deliveries.column.deliveries': 'प्रसव',
  'report.facility_deliveries.column.facility': 'स्वास्थ्य केंद्र में',
  'report.facility_deliveries.column.home': 'घर पर',
  'report.facility_deliveries.column.other': 'अन्य स्थान पर',
  'report.facility_deliveries.column.share': 'स्वास्थ्य केंद्र में प्रसव का हिस्सा',
  'report.facility_deliveries.row.total': 'पूरी अवधि',
  'report.facility_deliveries.no_area': 'क्षेत्र दर्ज नहीं',
  'report.facility_deliveries.all_areas': 'सभी क्षेत्र',
  'report.facility_deliveries.note.count':
    'इस अवधि में {count, plural, one {# प्रसव दर्ज हुआ} other {# प्रसव दर्ज हुए}}।',
  'report.facility_deliveries.note.definition':
    'हर प्रसव उसी महीने में एक बार गिना जाता है जिसमें वह हुआ, चाहे उसका परिणाम कुछ भी हो और कितने भी बच्चे जन्मे हों। हिस्सा = स्वास्थ्य केंद्र में हुए प्रसव ÷ सभी प्रसव। महिला को उस क्षेत्र में गिना जाता है जहाँ वह पंजीकृत है।',
};
