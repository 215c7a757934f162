export const outreachDashboard = {};
