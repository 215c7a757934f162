import { type HesitancyOutcome, type HesitancyReason, hesitancyReasons } from './schemas.ts';

export interface FunnelVisit {
  personId: string;
  vaccineId: string;
  visitedOn: string;
  outcome: HesitancyOutcome;
  /** Any counselling given at the visit: a coded message or a note. */
  counselled: boolean;
}

export interface FunnelDose {
  personId: string;
  vaccineId: string;
  givenOn: string;
}

export interface FunnelPeriod {
  /** null: from the first visit ever recorded. */
  from: string | null;
  to: string;
}

export interface FunnelRow {
  vaccineId: string;
  visited: number;
  counselled: number;
  agreed: number;
  vaccinated: number;
  /** Said at a visit that she was vaccinated elsewhere: no dose here, so not in `vaccinated`. */
  vaccinatedElsewhere: number;
}

/** The map's value for the key, made and stored first when there is none. */
function entry<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  const found = map.get(key);
  if (found !== undefined) return found;
  const made = make();
  map.set(key, made);
  return made;
}

interface Journey {
  firstVisitOn: string;
  counselled: boolean;
  agreed: boolean;
  elsewhere: boolean;
}

/**
 * The hesitancy funnel per vaccine. It follows the people first visited for the vaccine in the period (a
 * cohort), through what was recorded for them up to the period's end, and counts each person once at every
 * stage she reached:
 * - visited: her first visit for the vaccine falls in the period;
 * - counselled: a visit (up to the end) with any counselling given;
 * - agreed: the outcome `agreed` at any visit (up to the end);
 * - vaccinated: a dose of the vaccine (not voided) given on or after her first visit, up to the end.
 * A person may reach a later stage without an earlier one (vaccinated without ever saying "agreed").
 * Doses passed in must not be voided.
 */
export function hesitancyFunnel(
  visits: readonly FunnelVisit[],
  doses: readonly FunnelDose[],
  period: FunnelPeriod,
): FunnelRow[] {
  const journeys = new Map<string, Map<string, Journey>>();
  for (const v of visits) {
    if (v.visitedOn > period.to) continue;
    const byPerson = entry(journeys, v.vaccineId, () => new Map<string, Journey>());
    const j = byPerson.get(v.personId);
    if (!j) {
      byPerson.set(v.personId, {
        firstVisitOn: v.visitedOn,
        counselled: v.counselled,
        agreed: v.outcome === 'agreed',
        elsewhere: v.outcome === 'vaccinated_elsewhere',
      });
      continue;
    }
    if (v.visitedOn < j.firstVisitOn) j.firstVisitOn = v.visitedOn;
    j.counselled ||= v.counselled;
    j.agreed ||= v.outcome === 'agreed';
    j.elsewhere ||= v.outcome === 'vaccinated_elsewhere';
  }
  const vaccinatedOn = new Map<string, string[]>();
  for (const d of doses) {
    if (d.givenOn > period.to) continue;
    const key = `${d.vaccineId}\u0000${d.personId}`;
    vaccinatedOn.set(key, [...(vaccinatedOn.get(key) ?? []), d.givenOn]);
  }
  const rows: FunnelRow[] = [];
  for (const [vaccineId, byPerson] of journeys) {
    const row = { vaccineId, visited: 0, counselled: 0, agreed: 0, vaccinated: 0, vaccinatedElsewhere: 0 };
    for (const [personId, j] of byPerson) {
      if (period.from !== null && j.firstVisitOn < period.from) continue;
      row.visited += 1;
      if (j.counselled) row.counselled += 1;
      if (j.agreed) row.agreed += 1;
      if (j.elsewhere) row.vaccinatedElsewhere += 1;
      const given = vaccinatedOn.get(`${vaccineId}\u0000${personId}`) ?? [];
      if (given.some((on) => on >= j.firstVisitOn)) row.vaccinated += 1;
    }
    if (row.visited > 0) rows.push(row);
  }
  return rows.sort((a, b) => (a.vaccineId < b.vaccineId ? -1 : 1));
}

export interface ReasonVisit {
  personId: string;
  visitedOn: string;
  reasons: readonly HesitancyReason[];
}

export interface ReasonMonth {
  /** `YYYY-MM` */
  month: string;
  /** People visited in the month, whatever they said. */
  visited: number;
  /** People who gave each reason at a visit in the month. */
  reasons: Record<HesitancyReason, number>;
}

/** Reasons over time: per month, how many visited people gave each reason (a person once per reason per month). */
export function reasonsByMonth(visits: readonly ReasonVisit[]): ReasonMonth[] {
  const months = new Map<string, { visited: Set<string>; reasons: Map<HesitancyReason, Set<string>> }>();
  for (const v of visits) {
    const month = v.visitedOn.slice(0, 7);
    const m = entry(months, month, () => ({
      visited: new Set<string>(),
      reasons: new Map<HesitancyReason, Set<string>>(),
    }));
    m.visited.add(v.personId);
    for (const reason of v.reasons) {
      entry(m.reasons, reason, () => new Set<string>()).add(v.personId);
    }
  }
  return [...months.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([month, m]) => ({
      month,
      visited: m.visited.size,
      reasons: Object.fromEntries(hesitancyReasons.map((r) => [r, m.reasons.get(r)?.size ?? 0])) as Record<
        HesitancyReason,
        number
      >,
    }));
}
