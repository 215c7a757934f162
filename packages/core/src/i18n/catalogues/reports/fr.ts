import type { reportsEn } from './en.ts';

export const reportsFr: Record<keyof typeof reportsEn, string> = {};
