/** Messages of the health pages. */
export const healthEn = {} as const;
