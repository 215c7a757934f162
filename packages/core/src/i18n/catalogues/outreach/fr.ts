import { counsellingFr } from './counselling/fr.ts';
import { distributionsFr } from './distributions/fr.ts';
import type { outreachEn } from './en.ts';
import { hesitancyFr } from './hesitancy/fr.ts';
import { homeVisitsFr } from './home-visits/fr.ts';
import { pregnanciesFr } from './pregnancies/fr.ts';
import { reportingFr } from './reporting/fr.ts';
import { tasksFr } from './tasks/fr.ts';
import { vaccinationFr } from './vaccination/fr.ts';
import { vouchersFr } from './vouchers/fr.ts';

export const outreachFr: Record<keyof typeof outreachEn, string> = {
  'error.outreach.consent_required':
    'Cette personne n’a pas donné son consentement. Enregistrez son consentement avant toute information de santé.',
  ...vaccinationFr,
  ...hesitancyFr,
  ...counsellingFr,
  ...homeVisitsFr,
  ...pregnanciesFr,
  ...distributionsFr,
  ...vouchersFr,
  ...tasksFr,
  ...reportingFr,
};
