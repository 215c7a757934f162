export const hesitancyEn = {} as const;
