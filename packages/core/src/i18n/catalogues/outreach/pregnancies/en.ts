export const pregnanciesEn = {} as const;
