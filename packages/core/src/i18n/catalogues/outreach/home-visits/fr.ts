import type { homeVisitsEn } from './en.ts';

export const homeVisitsFr: Record<keyof typeof homeVisitsEn, string> = {};
