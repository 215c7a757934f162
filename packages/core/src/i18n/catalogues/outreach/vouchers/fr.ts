import type { vouchersEn } from './en.ts';

export const vouchersFr: Record<keyof typeof vouchersEn, string> = {};
