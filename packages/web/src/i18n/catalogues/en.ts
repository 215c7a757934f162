import { coordinator } from './coordinator/en.ts';
import { field } from './field/en.ts';
import { meeting } from './meeting/en.ts';
import { outreach } from './outreach/en.ts';
import { outreachDashboard } from './outreach-dashboard/en.ts';
import { shell } from './shell/en.ts';
import { sync } from './sync/en.ts';

/** The field app's words in English; each area of the app keeps its own part. */
export const en = {
  ...shell,
  ...sync,
  ...field,
  ...meeting,
  ...coordinator,
  ...outreach,
  ...outreachDashboard,
};
export type WebKey = keyof typeof en;
