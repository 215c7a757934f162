export const vouchersEn = {} as const;
