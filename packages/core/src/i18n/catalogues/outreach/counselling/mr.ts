import type { counsellingEn } from './en.ts';

export const counsellingMr: Record<keyof typeof counsellingEn, string> = {
  'error.counselling.group_participants':
    'गट सत्रात व्यक्तींची नावे एकेक करून किंवा एखाद्या गटाचे सदस्य म्हणून द्या, दोन्ही नाही.',
  'error.counselling.group_has_no_members': 'या गटात समुपदेशनासाठी सध्या कोणीही सदस्य नाही.',
  'error.counselling.held_in_future': 'सत्राची तारीख भविष्यातील आहे.',
  'error.counselling.session_exists': 'या ओळख क्रमांकाचे समुपदेशन सत्र आधीच नोंदलेले आहे.',
};
