export const homeVisitsEn = {} as const;
