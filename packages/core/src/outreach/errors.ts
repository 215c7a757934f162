import { counsellingErrorCodes } from './counselling/errors.ts';
import { distributionsErrorCodes } from './distributions/errors.ts';
import { hesitancyErrorCodes } from './hesitancy/errors.ts';
import { homeVisitsErrorCodes } from './home-visits/errors.ts';
import { pregnanciesErrorCodes } from './pregnancies/errors.ts';
import { reportingErrorCodes } from './reporting/errors.ts';
import { tasksErrorCodes } from './tasks/errors.ts';
import { vaccinationErrorCodes } from './vaccination/errors.ts';
import { vouchersErrorCodes } from './vouchers/errors.ts';

/** Why health outreach refuses a record, by area of the work. */
export const outreachErrorCodes = {
  'outreach.consent_required': 'invalid',
  ...vaccinationErrorCodes,
  ...hesitancyErrorCodes,
  ...counsellingErrorCodes,
  ...homeVisitsErrorCodes,
  ...pregnanciesErrorCodes,
  ...distributionsErrorCodes,
  ...vouchersErrorCodes,
  ...tasksErrorCodes,
  ...reportingErrorCodes,
} as const;
