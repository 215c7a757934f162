export const vaccinationEn = {} as const;
