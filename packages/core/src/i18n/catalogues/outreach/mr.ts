import { counsellingMr } from './counselling/mr.ts';
import { distributionsMr } from './distributions/mr.ts';
import type { outreachEn } from './en.ts';
import { hesitancyMr } from './hesitancy/mr.ts';
import { homeVisitsMr } from './home-visits/mr.ts';
import { pregnanciesMr } from './pregnancies/mr.ts';
import { reportingMr } from './reporting/mr.ts';
import { tasksMr } from './tasks/mr.ts';
import { vaccinationMr } from './vaccination/mr.ts';
import { vouchersMr } from './vouchers/mr.ts';

export const outreachMr: Record<keyof typeof outreachEn, string> = {
  'error.outreach.consent_required':
    'या व्यक्तीने संमती दिलेली नाही. कोणतीही आरोग्य माहिती नोंदवण्याआधी त्यांची संमती नोंदवा.',
  ...vaccinationMr,
  ...hesitancyMr,
  ...counsellingMr,
  ...homeVisitsMr,
  ...pregnanciesMr,
  ...distributionsMr,
  ...vouchersMr,
  ...tasksMr,
  ...reportingMr,
};
