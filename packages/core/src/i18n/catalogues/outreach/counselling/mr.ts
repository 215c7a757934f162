import type { counsellingEn } from './en.ts';

export const counsellingMr: Record<keyof typeof counsellingEn, string> = {};
