import type { homeVisitsEn } from './en.ts';

export const homeVisitsMr: Record<keyof typeof homeVisitsEn, string> = {
  'error.follow_up_plan.birth_unknown':
    'बाळाची जन्मतारीख किंवा जन्मवर्ष नोंदवलेले नाही. पाच वर्षांखालील योजना सुरू करण्यापूर्वी ते नोंदवा.',
  'error.follow_up_plan.born_after_start': 'योजना बाळाच्या जन्मापूर्वीच सुरू होईल.',
  'error.follow_up_plan.not_under_five':
    'सुरुवातीच्या तारखेला बाळ पाच वर्षांखालील नाही: पाचवा वाढदिवस {fifthBirthday} आहे.',
  'error.follow_up_plan.no_current_pregnancy':
    'तिची सध्या कोणतीही गर्भधारणा नोंदलेली नाही. गर्भधारणा नोंदवा: त्यानेच तिची मासिक योजना सुरू होते.',
  'error.follow_up_plan.already_open': 'या व्यक्तीची या प्रकारची एक योजना आधीच सुरू आहे.',
  'error.follow_up_plan.in_future': 'ही तारीख आजनंतरची आहे.',
  'error.follow_up_plan.already_ended': 'ही योजना {endedOn} रोजी आधीच संपली आहे.',
  'error.follow_up_plan.end_before_start': 'योजना तिच्या सुरुवातीपूर्वी ({startsOn}) संपू शकत नाही.',
  'error.home_visit.plan_of_other_person': 'ही पाठपुरावा योजना दुसऱ्या व्यक्तीची आहे.',
  'error.home_visit.before_plan_start': 'भेटीची तारीख योजनेच्या सुरुवातीपूर्वीची ({startsOn}) आहे.',
  'error.home_visit.after_plan_end': 'भेटीची तारीख योजना संपल्यानंतरची ({endedOn}) आहे.',
  'error.home_visit.in_future': 'भेटीची तारीख आजनंतरची असू शकत नाही.',
  'error.home_visit.weight_out_of_range':
    'वजन {min} ते {max} ग्रॅमच्या दरम्यान असावे. वजन ग्रॅममध्ये लिहिले आहे का ते तपासा.',
  'error.home_visit.muac_out_of_range':
    'दंडाचा घेर (MUAC) {min} ते {max} मिमीच्या दरम्यान असावा. तो मिलिमीटरमध्ये लिहिला आहे का ते तपासा.',
  'warning.follow_up_plan.birth_year_only':
    'फक्त जन्मवर्ष माहीत आहे, म्हणून जन्म 1 जुलै रोजी धरला आहे: योजना {endsOn} रोजी संपेल.',
  'warning.home_visit.severe_acute_malnutrition':
    'MUAC 115 मिमीपेक्षा कमी: तीव्र गंभीर कुपोषण. बाळाला आजच उपचारासाठी पाठवा.',
};
