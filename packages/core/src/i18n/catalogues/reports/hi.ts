import type { reportsEn } from './en.ts';

export const reportsHi: Record<keyof typeof reportsEn, string> = {};
