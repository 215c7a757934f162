import { coordinator } from './coordinator/hi.ts';
import type { WebKey } from './en.ts';
import { field } from './field/hi.ts';
import { meeting } from './meeting/hi.ts';
import { outreach } from './outreach/hi.ts';
import { outreachDashboard } from './outreach-dashboard/hi.ts';
import { shell } from './shell/hi.ts';
import { sync } from './sync/hi.ts';

export const hi: Record<WebKey, string> = {
  ...shell,
  ...sync,
  ...field,
  ...meeting,
  ...coordinator,
  ...outreach,
  ...outreachDashboard,
};
