import { counsellingEn } from './counselling/en.ts';
import { distributionsEn } from './distributions/en.ts';
import { hesitancyEn } from './hesitancy/en.ts';
import { homeVisitsEn } from './home-visits/en.ts';
import { pregnanciesEn } from './pregnancies/en.ts';
import { reportingEn } from './reporting/en.ts';
import { tasksEn } from './tasks/en.ts';
import { vaccinationEn } from './vaccination/en.ts';
import { vouchersEn } from './vouchers/en.ts';

/** Messages of health outreach: its errors, report headings and export labels. */
export const outreachEn = {
  'error.outreach.consent_required':
    'This person has not given consent. Record their consent before any health information.',
  ...vaccinationEn,
  ...hesitancyEn,
  ...counsellingEn,
  ...homeVisitsEn,
  ...pregnanciesEn,
  ...distributionsEn,
  ...vouchersEn,
  ...tasksEn,
  ...reportingEn,
} as const;
