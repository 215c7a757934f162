export const coordinator = {} as const;
