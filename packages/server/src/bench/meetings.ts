import type { BenchDatabase, BenchDatabaseKind } from './databases.ts';
import { type Lane, perSecond, takeTurns, type Workload } from './lane.ts';
import { meetingRawLane, rawRowsPerMeeting } from './meeting-raw.ts';
import { loansPerGroup, MeetingWorkload, membersPerGroup } from './meeting-workload.ts';
import { directLane, httpPushLane } from './push.ts';
import { log, percentile, type RssPeak, round } from './stats.ts';

const targetMeetingsPerSecond = 500;
type LaneName = 'http' | 'direct' | 'raw';

/**
 * Pushes batches of `meeting.record` (20 members: attendance, 20 savings, 3 repayments) through the
 * real HTTP server, beside the same meetings in process and the same rows written raw.
 */
export async function runMeetings(kind: BenchDatabaseKind, workload: Workload, rss: RssPeak) {
  log(
    `${kind.name}: meeting.record, ${workload.warmupBatches} warm-up + ${workload.batches} batches of ${workload.batchSize}`,
  );
  const meetings = new MeetingWorkload(workload);
  const opened: BenchDatabase[] = [];
  const open = async () => {
    const bench = await kind.open();
    opened.push(bench);
    return bench;
  };
  const lanes: Partial<Record<LaneName, Lane>> = {};
  let connections = 0;
  let batchMs: Record<LaneName, number[]>;
  try {
    const http = await httpPushLane(await open(), meetings.source());
    lanes.http = http;
    lanes.direct = await directLane(await open(), meetings.source());
    lanes.raw = await meetingRawLane(await open(), meetings);
    batchMs = await takeTurns(lanes as Record<LaneName, Lane>, workload, () => rss.sample());
    connections = http.connections();
  } finally {
    for (const lane of Object.values(lanes)) await lane.close();
    for (const bench of opened) await bench.dispose();
  }
  const meetingsPerSecond = perSecond(batchMs.http, workload.batchSize);
  const rawPerSecond = perSecond(batchMs.raw, workload.batchSize);
  const direct = perSecond(batchMs.direct, workload.batchSize);
  const result = {
    database: kind.name,
    scenario: `sync.push meeting.record of ${membersPerGroup} members (attendance, ${membersPerGroup} savings, ${loansPerGroup} repayments), ${workload.batchSize} per batch, over HTTP`,
    meetings: workload.batches * workload.batchSize,
    groups: meetings.groups.length,
    meetingsPerSecond: Math.round(meetingsPerSecond),
    /** Meetings per second written raw: the same rows as the command writes, with prepared statements. */
    rawPerSecond: Math.round(rawPerSecond),
    rawRowsPerSecond: Math.round(rawPerSecond * rawRowsPerMeeting(meetings)),
    ratioToRaw: round(meetingsPerSecond / rawPerSecond, 3),
    p50Ms: round(percentile(batchMs.http, 0.5)),
    p95Ms: round(percentile(batchMs.http, 0.95)),
    rssMb: rss.megabytes,
    target: targetMeetingsPerSecond,
    meetsTarget: meetingsPerSecond >= targetMeetingsPerSecond,
    breakdown: {
      applyCommandsPerSecond: Math.round(direct),
      applyCommandsP50Ms: round(percentile(batchMs.direct, 0.5)),
      httpShareOfTime: round(1 - meetingsPerSecond / direct, 3),
      rawP50Ms: round(percentile(batchMs.raw, 0.5)),
      connections,
    },
  };
  log(
    `${kind.name}: ${result.meetingsPerSecond} meetings/s, raw ${result.rawPerSecond}/s, ratio ${result.ratioToRaw}`,
  );
  return result;
}
