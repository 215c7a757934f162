import type { homeVisitsEn } from './en.ts';

export const homeVisitsMr: Record<keyof typeof homeVisitsEn, string> = {};
