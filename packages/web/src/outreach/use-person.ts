import { useLocal } from '../field/use-local.ts';
import type { OutboxItem } from '../local/db.ts';
import { outboxItem } from '../local/queries.ts';
import { loadOutreach, type OutreachData, type PersonRecords, personRecords } from './local-data.ts';

export interface PersonForm {
  data: OutreachData;
  records: PersonRecords;
  /** The refused command being corrected, when the form was opened to fix one. */
  fix: OutboxItem | undefined;
}

/** What a form about one person reads: everything on the phone, her records, and the command to fix. */
export function usePersonForm(personId: string, fix: string | undefined): PersonForm | undefined {
  const fixSeq = fix && /^\d+$/.test(fix) ? Number(fix) : undefined;
  return useLocal(async () => {
    const [data, item] = await Promise.all([
      loadOutreach(),
      fixSeq === undefined ? undefined : outboxItem(fixSeq),
    ]);
    return {
      data,
      records: personRecords(data, personId),
      fix: item?.status === 'rejected' ? item : undefined,
    };
  }, [personId, fixSeq]);
}
