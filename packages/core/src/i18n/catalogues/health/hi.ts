import type { healthEn } from './en.ts';

export const healthHi: Record<keyof typeof healthEn, string> = {};
