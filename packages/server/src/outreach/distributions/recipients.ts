import {
  type Actor,
  type DistributionView,
  isDistributionRunning,
  isScoped,
  type Locale,
  type ProofKind,
} from '@groundwork/core';
import { type Kysely, sql } from 'kysely';
import type { Tables } from '../../db/schema.ts';
import { periodFact, type ReportDocument, type Translate } from '../../finance/reports/document.ts';
import { oneTableDocument } from '../documents.ts';
import { visiblePeople } from './scope.ts';
import { type loadDistribution, toDistributionView } from './store.ts';

type Db = Kysely<Tables>;
type LoadedDistribution = Awaited<ReturnType<typeof loadDistribution>>;

export interface Progress {
  given: number;
  target: number | null;
  /** Given over target in basis points; null without a target. */
  shareBps: number | null;
}

export interface RecipientLine {
  receiptId: string;
  personId: string;
  name: string;
  areaId: string | null;
  givenOn: string;
  proof: ProofKind;
  photoRef: string | null;
  givenBy: string;
}

export interface Recipients {
  report: 'recipients';
  distribution: DistributionView;
  kitName: string;
  running: boolean;
  progress: Progress;
  recipients: RecipientLine[];
}

export const fullName = (given: string, family: string | null) => (family ? `${given} ${family}` : given);

/**
 * A distribution's progress over everyone who received it (a count, not anyone's record), and the
 * recipients the caller may see, in the order they were given.
 */
export async function recipients(
  db: Db,
  actor: Actor,
  distribution: LoadedDistribution,
  today: string,
): Promise<Recipients> {
  const { row } = distribution;
  const [kit, counted, lines] = await Promise.all([
    db
      .selectFrom('kits')
      .select('name')
      .where('org_id', '=', actor.orgId)
      .where('id', '=', row.kit_id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('distribution_receipts')
      .select(sql<number>`count(*)`.as('given'))
      .where('org_id', '=', actor.orgId)
      .where('distribution_id', '=', row.id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('distribution_receipts as r')
      .innerJoin('people', (j) =>
        j.onRef('people.org_id', '=', 'r.org_id').onRef('people.id', '=', 'r.person_id'),
      )
      .select([
        'r.id',
        'r.person_id',
        'r.given_on',
        'r.proof_kind',
        'r.photo_ref',
        'r.given_by',
        'people.given_name',
        'people.family_name',
        'people.area_id',
      ])
      .where('r.org_id', '=', actor.orgId)
      .where('r.distribution_id', '=', row.id)
      .$if(isScoped(actor), (q) => q.where('r.person_id', 'in', visiblePeople(db, actor)))
      .orderBy('r.given_on')
      .orderBy('r.id')
      .execute(),
  ]);
  const given = Number(counted.given);
  return {
    report: 'recipients',
    distribution: toDistributionView(row, distribution.areaId),
    kitName: kit.name,
    running: isDistributionRunning({ startsOn: row.starts_on, endsOn: row.ends_on }, today),
    progress: {
      given,
      target: row.target,
      shareBps: row.target ? Math.round((given * 10_000) / row.target) : null,
    },
    recipients: lines.map((l) => ({
      receiptId: l.id,
      personId: l.person_id,
      name: fullName(l.given_name, l.family_name),
      areaId: l.area_id,
      givenOn: l.given_on,
      proof: l.proof_kind as ProofKind,
      photoRef: l.photo_ref,
      givenBy: l.given_by,
    })),
  };
}

const proofLabels = {
  signature: 'distributions.proof.signature',
  thumbprint: 'distributions.proof.thumbprint',
  photo: 'distributions.proof.photo',
} as const;

export function recipientsDocument(data: Recipients, t: Translate, locale: Locale): ReportDocument {
  const { progress, distribution } = data;
  const given =
    progress.target === null
      ? t('distributions.fact.given_value', { given: progress.given })
      : t('distributions.fact.progress_value', { given: progress.given, target: progress.target });
  return oneTableDocument({
    file: `recipients_${distribution.id}`,
    title: 'distributions.report.recipients.title',
    subject: distribution.name,
    subjectLabel: 'report.fact.distribution',
    facts: [
      { label: 'distributions.fact.kit', value: data.kitName, type: 'text' },
      periodFact(t, locale, distribution.startsOn, distribution.endsOn),
      { label: 'distributions.fact.progress', value: given, type: 'text' },
    ],
    columns: [
      { key: 'name', label: 'distributions.column.person', type: 'text' },
      { key: 'givenOn', label: 'distributions.column.given_on', type: 'date' },
      { key: 'proof', label: 'distributions.column.proof', type: 'text' },
      { key: 'photoRef', label: 'distributions.column.photo_ref', type: 'text' },
      { key: 'personId', label: 'distributions.column.person_id', type: 'text' },
    ],
    rows: data.recipients.map((r) => ({
      name: r.name,
      givenOn: r.givenOn,
      proof: t(proofLabels[r.proof]),
      photoRef: r.photoRef,
      personId: r.personId,
    })),
    empty: t('distributions.empty.recipients'),
  });
}
