import type { reportingEn } from './en.ts';

export const reportingHi: Record<keyof typeof reportingEn, string> = {};
