import { type Action, DomainError } from '@groundwork/core';
import type { CommandContext } from '../commands/context.ts';
import { type LoadedPerson, loadPerson } from '../people/store.ts';

/**
 * The person a health record is about: of the caller's organisation (else the field is a bad reference),
 * within what the caller may do (else 403), and with consent given (else `outreach.consent_required`),
 * because nothing about anyone's health is kept before they agree to it.
 */
export async function consentingPerson(
  ctx: CommandContext,
  personId: string,
  field = 'personId',
  action: Action = 'outreach.write',
): Promise<LoadedPerson> {
  const person = await loadPerson(ctx.trx, ctx.org.id, personId, field);
  ctx.ensure(action, person.resource);
  if (person.row.consent_given !== 1) {
    throw new DomainError('outreach.consent_required', { field });
  }
  return person;
}

/** Where a person's health record lives in the change feed: her area and her first current group, so that a worker scoped by either pulls it. */
export function feedPlace(person: LoadedPerson): { areaId: string | null; groupId: string | null } {
  return { areaId: person.row.area_id, groupId: person.groupIds[0] ?? null };
}
