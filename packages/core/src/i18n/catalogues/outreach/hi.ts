import { counsellingHi } from './counselling/hi.ts';
import { distributionsHi } from './distributions/hi.ts';
import type { outreachEn } from './en.ts';
import { hesitancyHi } from './hesitancy/hi.ts';
import { homeVisitsHi } from './home-visits/hi.ts';
import { pregnanciesHi } from './pregnancies/hi.ts';
import { reportingHi } from './reporting/hi.ts';
import { tasksHi } from './tasks/hi.ts';
import { vaccinationHi } from './vaccination/hi.ts';
import { vouchersHi } from './vouchers/hi.ts';

export const outreachHi: Record<keyof typeof outreachEn, string> = {
  'error.outreach.consent_required':
    'इस व्यक्ति ने सहमति नहीं दी है। कोई भी स्वास्थ्य जानकारी दर्ज करने से पहले उनकी सहमति दर्ज करें।',
  ...vaccinationHi,
  ...hesitancyHi,
  ...counsellingHi,
  ...homeVisitsHi,
  ...pregnanciesHi,
  ...distributionsHi,
  ...vouchersHi,
  ...tasksHi,
  ...reportingHi,
};
