import { type Action, DomainError } from '@groundwork/core';
import type { CommandContext } from '../commands/context.ts';
import { type LoadedPerson, loadPeople, loadPerson } from '../people/store.ts';

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
  return consenting(ctx, await loadPerson(ctx.trx, ctx.org.id, personId, field), field, action);
}

/**
 * Several people a record is about, read at once, each checked as `consentingPerson` checks one; the
 * first in order that fails names its own field (`fieldOf` its place in the list).
 */
export async function consentingPeople(
  ctx: CommandContext,
  personIds: readonly string[],
  fieldOf: (index: number) => string,
  action: Action = 'outreach.write',
): Promise<LoadedPerson[]> {
  const loaded = await loadPeople(ctx.trx, ctx.org.id, personIds);
  return personIds.map((id, i) => {
    const field = fieldOf(i);
    const person = loaded.get(id);
    if (!person) throw new DomainError('reference.not_found', { field, params: { field } });
    return consenting(ctx, person, field, action);
  });
}

function consenting(ctx: CommandContext, person: LoadedPerson, field: string, action: Action): LoadedPerson {
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
