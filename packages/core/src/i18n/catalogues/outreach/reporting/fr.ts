import type { reportingEn } from './en.ts';

export const reportingFr: Record<keyof typeof reportingEn, string> = {};
