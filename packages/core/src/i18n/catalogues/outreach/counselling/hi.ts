import type { counsellingEn } from './en.ts';

export const counsellingHi: Record<keyof typeof counsellingEn, string> = {
  'error.counselling.group_participants':
    'समूह सत्र में लोगों के नाम या तो एक-एक करके दें या किसी समूह के सदस्यों के रूप में, दोनों नहीं।',
  'error.counselling.group_has_no_members': 'इस समूह में परामर्श के लिए कोई मौजूदा सदस्य नहीं है।',
  'error.counselling.held_in_future': 'सत्र की तारीख़ भविष्य में है।',
  'error.counselling.session_exists': 'इस पहचान संख्या वाला परामर्श सत्र पहले से दर्ज है।',
};
