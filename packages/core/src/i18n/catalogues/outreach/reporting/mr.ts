import type { reportingEn } from './en.ts';

export const reportingMr: Record<keyof typeof reportingEn, string> = {};
