export const reportingEn = {} as const;
