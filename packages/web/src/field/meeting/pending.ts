import type { OutboxItem } from '../../local/db.ts';

/** This group's meetings still in the outbox: waiting to be sent, or refused by the server. */
export const queuedMeetings = (items: OutboxItem[], groupId: string): OutboxItem[] =>
  items.filter((item) => item.type === 'meeting.record' && item.groupId === groupId);

/** The day a queued meeting was held. */
export const queuedHeldOn = (item: OutboxItem): string =>
  typeof item.payload.heldOn === 'string' ? item.payload.heldOn : '';

/** Days the group has a meeting on: those recorded, and those waiting to be sent (refused ones don't count). */
export function takenDates(recorded: string[], queued: OutboxItem[]): Set<string> {
  return new Set([...recorded, ...queued.filter((item) => item.status === 'pending').map(queuedHeldOn)]);
}

/** Today on the phone's own calendar, not in UTC: a meeting at 8 in the morning in India is today's. */
export function localToday(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}
