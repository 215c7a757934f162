import { useState } from 'preact/hooks';
import { t } from '../i18n/i18n.ts';
import { type GroupSummary, myGroups } from '../local/queries.ts';
import { MeetingWhen } from './groups/meeting-when.tsx';
import { byMeetingDue, localToday, type MeetingDue, matchesSearch, meetingDue } from './groups/schedule.ts';
import { groupKindLabels, labelOf } from './labels.ts';
import { useLocal } from './use-local.ts';

/** Above this many groups the list gets a search box. */
const searchFrom = 8;

function dueOf(summary: GroupSummary, today: string): MeetingDue {
  return meetingDue(summary.group, summary.lastHeldOn, summary.finance?.nextMeetingDue ?? null, today);
}

function GroupCard({ summary, due }: { summary: GroupSummary; due: MeetingDue }) {
  const kind = labelOf(groupKindLabels, summary.group.kind);
  return (
    <li>
      <a href={`/groups/${summary.group.id}`} class="group-card">
        <span class="group-name">{summary.group.name}</span>
        <span class="muted">
          {[kind ? t(kind) : summary.group.kind, summary.areaName].filter(Boolean).join(' · ')}
        </span>
        <MeetingWhen due={due} />
        <span>
          {t('field.groups.members', { count: summary.memberCount })}
          {summary.pending > 0 && (
            <span class="badge pending"> {t('field.groups.pending', { count: summary.pending })}</span>
          )}
          {summary.rejected > 0 && (
            <span class="badge refused"> {t('field.groups.refused', { count: summary.rejected })}</span>
          )}
        </span>
      </a>
    </li>
  );
}

/** The user's groups, today's and overdue meetings first. */
export function GroupsScreen() {
  const today = localToday();
  const summaries = useLocal(() => myGroups(today), [today]);
  const [search, setSearch] = useState('');
  if (!summaries) return <p>{t('app.loading')}</p>;
  const scheduled = summaries
    .map((summary) => ({ summary, name: summary.group.name, due: dueOf(summary, today) }))
    .sort(byMeetingDue);
  const shown = scheduled.filter((s) => matchesSearch(search, s.summary.group.name, s.summary.areaName));
  return (
    <>
      <h1>{t('nav.groups')}</h1>
      {summaries.length === 0 && <p>{t('field.groups.none')}</p>}
      {summaries.length > searchFrom && (
        <>
          <label for="group-search">{t('field.groups.search')}</label>
          <input
            id="group-search"
            type="search"
            value={search}
            onInput={(e) => setSearch((e.target as HTMLInputElement).value)}
          />
        </>
      )}
      {summaries.length > 0 && shown.length === 0 && <p>{t('field.groups.no_match')}</p>}
      <ul class="list">
        {shown.map(({ summary, due }) => (
          <GroupCard key={summary.group.id} summary={summary} due={due} />
        ))}
      </ul>
    </>
  );
}
