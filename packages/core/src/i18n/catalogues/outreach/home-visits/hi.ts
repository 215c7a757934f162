import type { homeVisitsEn } from './en.ts';

export const homeVisitsHi: Record<keyof typeof homeVisitsEn, string> = {
  'error.follow_up_plan.birth_unknown':
    'बच्चे की जन्म तिथि या जन्म वर्ष दर्ज नहीं है। पाँच साल से कम की योजना शुरू करने से पहले इसे दर्ज करें।',
  'error.follow_up_plan.born_after_start': 'योजना बच्चे के जन्म से पहले शुरू हो जाएगी।',
  'error.follow_up_plan.not_under_five':
    'शुरुआत की तारीख़ पर बच्चा पाँच साल से कम का नहीं है: पाँचवाँ जन्मदिन {fifthBirthday} है।',
  'error.follow_up_plan.no_current_pregnancy':
    'इनकी कोई चालू गर्भावस्था नहीं है। गर्भावस्था दर्ज करें: उसी से इनकी मासिक योजना शुरू होती है।',
  'error.follow_up_plan.already_open': 'इस व्यक्ति की इस प्रकार की एक योजना पहले से चल रही है।',
  'error.follow_up_plan.in_future': 'यह तारीख़ आज के बाद की है।',
  'error.follow_up_plan.already_ended': 'यह योजना {endedOn} को पहले ही समाप्त हो चुकी है।',
  'error.follow_up_plan.end_before_start': 'योजना अपनी शुरुआत ({startsOn}) से पहले समाप्त नहीं हो सकती।',
  'error.home_visit.plan_of_other_person': 'यह फ़ॉलो-अप योजना किसी दूसरे व्यक्ति की है।',
  'error.home_visit.before_plan_start': 'मुलाक़ात की तारीख़ योजना की शुरुआत ({startsOn}) से पहले की है।',
  'error.home_visit.after_plan_end': 'मुलाक़ात की तारीख़ योजना की समाप्ति ({endedOn}) के बाद की है।',
  'error.home_visit.in_future': 'मुलाक़ात की तारीख़ आज के बाद की नहीं हो सकती।',
  'error.home_visit.weight_out_of_range':
    'वज़न {min} से {max} ग्राम के बीच होना चाहिए। जाँचें कि वज़न ग्राम में लिखा गया है।',
  'error.home_visit.muac_out_of_range':
    'बाँह की गोलाई (MUAC) {min} से {max} मिमी के बीच होनी चाहिए। जाँचें कि यह मिलीमीटर में लिखी गई है।',
  'warning.follow_up_plan.birth_year_only':
    'केवल जन्म वर्ष ज्ञात है, इसलिए जन्म 1 जुलाई को माना गया है: योजना {endsOn} को समाप्त होगी।',
  'warning.home_visit.severe_acute_malnutrition':
    'MUAC 115 मिमी से कम: गंभीर तीव्र कुपोषण। बच्चे को आज ही इलाज के लिए रेफ़र करें।',
};
