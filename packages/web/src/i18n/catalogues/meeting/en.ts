export const meeting = {} as const;
