import type { vouchersEn } from './en.ts';

export const vouchersHi: Record<keyof typeof vouchersEn, string> = {};
