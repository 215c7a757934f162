import type {
  areaCreate,
  bankAccountOpen,
  CommandEnvelope,
  cycleStart,
  entryRecord,
  groupCreate,
  householdCreate,
  meetingRecord,
  membershipAdd,
  OrganisationInput,
  officeAssign,
  personCreate,
  Role,
  sensitiveSet,
  shareOutRecord,
  userCreate,
} from '@groundwork/core';
import type { z } from 'zod';
import { Random } from './random.ts';

/** The payload each demo command carries: the core schema of the same name, as a client would send it. */
export interface DemoPayloads {
  'area.create': z.input<typeof areaCreate>;
  'household.create': z.input<typeof householdCreate>;
  'person.create': z.input<typeof personCreate>;
  'person.sensitive.set': z.input<typeof sensitiveSet>;
  'group.create': z.input<typeof groupCreate>;
  'membership.add': z.input<typeof membershipAdd>;
  'office.assign': z.input<typeof officeAssign>;
  'user.create': z.input<typeof userCreate>;
  'bank_account.open': z.input<typeof bankAccountOpen>;
  'meeting.record': z.input<typeof meetingRecord>;
  'entry.record': z.input<typeof entryRecord>;
  'cycle.start': z.input<typeof cycleStart>;
  'shareout.record': z.input<typeof shareOutRecord>;
}

/** A member of staff the demo gives a login; field roles carry their scope. */
export interface DemoStaffMember {
  displayName: string;
  areaIds?: string[];
  groupIds?: string[];
}

export interface DemoOrganisation {
  organisation: OrganisationInput;
  seed: number;
  /** Adds the organisation's commands to the plan, in an order that applies cleanly, and names its staff. */
  build(plan: Plan): Record<Role, DemoStaffMember>;
}

/**
 * The commands of one demo organisation, in order. Ids are made here rather than by the server so that
 * later commands can point at earlier ones, and drawn from the seeded generator (shaped as UUIDv7, the
 * millisecond part counting up) so that every run makes the same ids.
 */
export class Plan {
  readonly random: Random;
  readonly commands: CommandEnvelope[] = [];
  private readonly ids: Random;
  private tick = 0;
  private readonly epochMs: number;
  private readonly nameYears = new Set<string>();
  private readonly phones = new Set<string>();

  constructor(seed: number) {
    this.random = new Random(seed);
    this.ids = new Random(seed ^ 0x5bd1e995);
    // Each seed gets its own stretch of time, so ids stay distinct across the demo organisations.
    this.epochMs = Date.UTC(2024, 0, 1) + (seed % 1000) * 10_000_000;
  }

  id(): string {
    const ms = (this.epochMs + this.tick++).toString(16).padStart(12, '0');
    const variant = (8 + this.ids.int(0, 3)).toString(16);
    const r = this.ids;
    return `${ms.slice(0, 8)}-${ms.slice(8)}-7${r.hex(3)}-${variant}${r.hex(3)}-${r.hex(12)}`;
  }

  /** Adds a command that happened on `on` (a date), at a plausible office hour. */
  add<T extends keyof DemoPayloads>(type: T, payload: DemoPayloads[T], on: string): void {
    const hour = String(this.random.int(4, 12)).padStart(2, '0');
    const minute = String(this.random.int(0, 59)).padStart(2, '0');
    this.commands.push({
      id: this.id(),
      type,
      at: `${on}T${hour}:${minute}:00.000Z`,
      payload: payload as Record<string, unknown>,
    });
  }

  /** Hands over the commands added so far and forgets them: a plan too large to hold goes in batches. */
  take(): CommandEnvelope[] {
    return this.commands.splice(0);
  }

  /**
   * A birth year no one else of that name has: the registry rightly refuses a second person with the
   * same name and birth year as a probable duplicate, and demo data should not need allowDuplicate.
   */
  freeBirthYear(givenName: string, familyName: string, from: number, to: number): number | undefined {
    for (let attempt = 0; attempt < 12; attempt++) {
      const year = this.random.int(from, to);
      const key = `${givenName} ${familyName} ${year}`.toLowerCase();
      if (!this.nameYears.has(key)) {
        this.nameYears.add(key);
        return year;
      }
    }
    return undefined;
  }

  /** A phone number no one else in the organisation has. */
  phone(make: (random: Random) => string): string {
    for (;;) {
      const phone = make(this.random);
      if (!this.phones.has(phone)) {
        this.phones.add(phone);
        return phone;
      }
    }
  }
}
