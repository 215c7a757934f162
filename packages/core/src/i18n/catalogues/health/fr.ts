import type { healthEn } from './en.ts';

export const healthFr: Record<keyof typeof healthEn, string> = {};
