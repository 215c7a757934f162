import type { reportsEn } from './en.ts';

export const reportsMr: Record<keyof typeof reportsEn, string> = {};
