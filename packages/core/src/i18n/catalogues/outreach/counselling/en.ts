export const counsellingEn = {} as const;
