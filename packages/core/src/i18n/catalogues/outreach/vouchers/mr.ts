import type { vouchersEn } from './en.ts';

export const vouchersMr: Record<keyof typeof vouchersEn, string> = {};
