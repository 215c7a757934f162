import {
  type FunnelReport,
  type HesitancyOutcome,
  type HesitancyReason,
  hesitancyReasons,
  type Locale,
  type MessageKey,
  type ReasonsReport,
  type TaskStatus,
  taskStatus,
} from '@groundwork/core';
import type { Fact, ReportDocument, Translate } from '../../finance/reports/document.ts';
import { formatDate } from '../../finance/reports/format.ts';
import { oneTableDocument } from '../documents.ts';
import type { FollowUpItem } from './follow-ups.ts';

export const reasonLabels: Record<HesitancyReason, MessageKey> = {
  fear_of_side_effects: 'hesitancy.reason.fear_of_side_effects',
  rumours: 'hesitancy.reason.rumours',
  religious_or_cultural: 'hesitancy.reason.religious_or_cultural',
  loss_of_wages: 'hesitancy.reason.loss_of_wages',
  distance_or_access: 'hesitancy.reason.distance_or_access',
  illness: 'hesitancy.reason.illness',
  family_refusal: 'hesitancy.reason.family_refusal',
  other: 'hesitancy.reason.other',
};

export const outcomeLabels: Record<HesitancyOutcome, MessageKey> = {
  agreed: 'hesitancy.outcome.agreed',
  refused: 'hesitancy.outcome.refused',
  will_think: 'hesitancy.outcome.will_think',
  vaccinated_elsewhere: 'hesitancy.outcome.vaccinated_elsewhere',
};

const statusLabels: Record<TaskStatus, MessageKey> = {
  upcoming: 'hesitancy.status.upcoming',
  due: 'hesitancy.status.due',
  overdue: 'hesitancy.status.overdue',
};

/** What a report is about: the area (or all the reader can see), the vaccine, the period. */
export interface ReportSubject {
  areaName: string | null;
  vaccineName: string | null;
  locale: Locale;
}

function subjectOf(t: Translate, s: ReportSubject): string {
  return s.areaName ?? t('hesitancy.report.all_areas');
}

function facts(t: Translate, s: ReportSubject, from: string | null, to: string): Fact[] {
  const period =
    from === null
      ? t('hesitancy.fact.until_value', { to: formatDate(to, s.locale) })
      : t('hesitancy.fact.period_value', { from: formatDate(from, s.locale), to: formatDate(to, s.locale) });
  return [
    {
      label: 'hesitancy.fact.vaccine',
      value: s.vaccineName ?? t('hesitancy.report.all_vaccines'),
      type: 'text',
    },
    { label: 'hesitancy.fact.period', value: period, type: 'text' },
  ];
}

/** ASCII only, for the downloaded file's name. */
const fileName = (name: string, from: string | null, to: string) =>
  [name, from, to].filter(Boolean).join('_');

/** A share in basis points, as the report tables hold percentages; none of nobody. */
export const shareBps = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part * 10_000) / whole);

export function funnelDocument(data: FunnelReport, t: Translate, s: ReportSubject): ReportDocument {
  return oneTableDocument({
    file: fileName('hesitancy-funnel', data.from, data.to),
    title: 'hesitancy.report.funnel_title',
    subject: subjectOf(t, s),
    subjectLabel: 'report.fact.area',
    facts: facts(t, s, data.from, data.to),
    notes: [
      t('hesitancy.note.cohort'),
      t('hesitancy.note.counselled'),
      t('hesitancy.note.agreed'),
      t('hesitancy.note.vaccinated'),
      t('hesitancy.note.elsewhere'),
    ],
    columns: [
      { key: 'vaccine', label: 'hesitancy.column.vaccine', type: 'text' },
      { key: 'visited', label: 'hesitancy.column.visited', type: 'count' },
      { key: 'counselled', label: 'hesitancy.column.counselled', type: 'count' },
      { key: 'agreed', label: 'hesitancy.column.agreed', type: 'count' },
      { key: 'vaccinated', label: 'hesitancy.column.vaccinated', type: 'count' },
      { key: 'share', label: 'hesitancy.column.vaccinated_share', type: 'percent' },
      { key: 'elsewhere', label: 'hesitancy.column.vaccinated_elsewhere', type: 'count' },
    ],
    rows: data.rows.map((r) => ({
      vaccine: r.vaccineName,
      visited: r.visited,
      counselled: r.counselled,
      agreed: r.agreed,
      vaccinated: r.vaccinated,
      share: shareBps(r.vaccinated, r.visited),
      elsewhere: r.vaccinatedElsewhere,
    })),
    empty: t('hesitancy.report.empty'),
  });
}

export function reasonsDocument(data: ReasonsReport, t: Translate, s: ReportSubject): ReportDocument {
  return oneTableDocument({
    file: fileName('hesitancy-reasons', data.from, data.to),
    title: 'hesitancy.report.reasons_title',
    subject: subjectOf(t, s),
    subjectLabel: 'report.fact.area',
    facts: facts(t, s, data.from, data.to),
    notes: [t('hesitancy.note.reasons')],
    columns: [
      { key: 'month', label: 'hesitancy.column.month', type: 'text' },
      { key: 'visited', label: 'hesitancy.column.visited_people', type: 'count' },
      ...hesitancyReasons.map((r) => ({ key: r, label: reasonLabels[r], type: 'count' as const })),
    ],
    rows: data.months.map((m) => ({ month: m.month, visited: m.visited, ...m.reasons })),
    empty: t('hesitancy.report.empty'),
  });
}

export interface FollowUpList {
  today: string;
  maxRefusals: number;
  items: FollowUpItem[];
}

export function followUpsDocument(data: FollowUpList, t: Translate, s: ReportSubject): ReportDocument {
  return oneTableDocument({
    file: fileName('hesitancy-follow-ups', null, data.today),
    title: 'hesitancy.report.follow_ups_title',
    subject: subjectOf(t, s),
    subjectLabel: 'report.fact.area',
    facts: [
      {
        label: 'hesitancy.fact.vaccine',
        value: s.vaccineName ?? t('hesitancy.report.all_vaccines'),
        type: 'text',
      },
      {
        label: 'hesitancy.fact.rule',
        value: t('hesitancy.fact.max_refusals', { count: data.maxRefusals }),
        type: 'text',
      },
    ],
    columns: [
      { key: 'person', label: 'hesitancy.column.person', type: 'text' },
      { key: 'vaccine', label: 'hesitancy.column.vaccine', type: 'text' },
      { key: 'visits', label: 'hesitancy.column.visits', type: 'count' },
      { key: 'lastVisit', label: 'hesitancy.column.last_visit', type: 'date' },
      { key: 'lastOutcome', label: 'hesitancy.column.last_outcome', type: 'text' },
      { key: 'nextVisit', label: 'hesitancy.column.next_visit', type: 'date' },
      { key: 'status', label: 'hesitancy.column.status', type: 'text' },
    ],
    rows: data.items.map((i) => ({
      person: i.name,
      vaccine: i.vaccineName,
      visits: i.visits,
      lastVisit: i.lastVisitedOn,
      lastOutcome: t(outcomeLabels[i.lastOutcome]),
      nextVisit: i.nextVisitOn,
      status: t(statusLabels[taskStatus(i.task, data.today)]),
    })),
    empty: t('hesitancy.report.follow_ups_empty'),
  });
}
