import type { homeVisitsEn } from './en.ts';

export const homeVisitsHi: Record<keyof typeof homeVisitsEn, string> = {};
