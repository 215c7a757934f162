export const distributionsEn = {} as const;
