export const outreach = {};
