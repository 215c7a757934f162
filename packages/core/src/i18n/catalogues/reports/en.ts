/** Messages of the reports pages. */
export const reportsEn = {} as const;
