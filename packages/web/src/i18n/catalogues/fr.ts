import { coordinator } from './coordinator/fr.ts';
import type { WebKey } from './en.ts';
import { field } from './field/fr.ts';
import { meeting } from './meeting/fr.ts';
import { outreach } from './outreach/fr.ts';
import { outreachDashboard } from './outreach-dashboard/fr.ts';
import { shell } from './shell/fr.ts';
import { sync } from './sync/fr.ts';

export const fr: Record<WebKey, string> = {
  ...shell,
  ...sync,
  ...field,
  ...meeting,
  ...coordinator,
  ...outreach,
  ...outreachDashboard,
};
