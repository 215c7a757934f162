import type { healthEn } from './en.ts';

export const healthMr: Record<keyof typeof healthEn, string> = {};
