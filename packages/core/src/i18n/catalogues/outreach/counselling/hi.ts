import type { counsellingEn } from './en.ts';

export const counsellingHi: Record<keyof typeof counsellingEn, string> = {};
