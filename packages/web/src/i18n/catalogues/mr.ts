import { coordinator } from './coordinator/mr.ts';
import type { WebKey } from './en.ts';
import { field } from './field/mr.ts';
import { meeting } from './meeting/mr.ts';
import { outreach } from './outreach/mr.ts';
import { outreachDashboard } from './outreach-dashboard/mr.ts';
import { shell } from './shell/mr.ts';
import { sync } from './sync/mr.ts';

export const mr: Record<WebKey, string> = {
  ...shell,
  ...sync,
  ...field,
  ...meeting,
  ...coordinator,
  ...outreach,
  ...outreachDashboard,
};
