import type { MeetingDraft } from './draft.ts';
import type { MeetingContext, Sheet } from './sheet.ts';

/** What every step of the meeting gets: the draft, the sheet worked out from it, and a way to change it. */
export interface StepProps {
  draft: MeetingDraft;
  sheet: Sheet;
  ctx: MeetingContext;
  update: (next: MeetingDraft) => void;
  money: (minor: number) => string;
}

/** The id of a field's box, for labels and for jumping to a problem. */
export const fieldId = (field: string): string => `meeting-${field.replaceAll('.', '-')}`;
