import type { outreachDashboard as english } from './en.ts';

export const outreachDashboard: Record<keyof typeof english, string> = {};
