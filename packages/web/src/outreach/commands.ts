/**
 * The commands the outreach screens make, by what they record; the server's slices define them with
 * these types, and the phone reads its own pending ones back out of the outbox by the same names.
 */
export const outreachCommands = {
  personCreate: 'person.create',
  consent: 'person.consent.record',
  dose: 'vaccination.record',
  hesitancyVisit: 'hesitancy.visit',
  planStart: 'follow_up_plan.start',
  homeVisit: 'home_visit.record',
  pregnancyRegister: 'pregnancy.register',
  delivery: 'pregnancy.delivery',
  postnatalVisit: 'pregnancy.postnatal',
} as const;

export type OutreachCommand = (typeof outreachCommands)[keyof typeof outreachCommands];
