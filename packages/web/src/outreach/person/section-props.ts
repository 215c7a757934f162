import type { OutreachData, PersonRecords } from '../local-data.ts';
import type { OutreachPerson } from '../people.ts';

export interface SectionProps {
  person: OutreachPerson;
  data: OutreachData;
  records: PersonRecords;
}
