import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../errors/domain-error.ts';
import { checkGroupParticipants, counsellingRecordInput } from './schemas.ts';

const base = {
  kind: 'mental_health',
  heldOn: '2026-11-10',
  durationMinutes: 45,
  notes: 'Talked about sleep.',
};
const id = (n: number) => `01900000-0000-7000-8000-00000000000${n}`;

describe('counselling session input', () => {
  it('takes one person for an individual session and a list or a group for a group session', () => {
    expect(counsellingRecordInput.safeParse({ ...base, mode: 'individual', personId: id(1) }).success).toBe(
      true,
    );
    expect(
      counsellingRecordInput.safeParse({ ...base, mode: 'individual', personIds: [id(1), id(2)] }).success,
    ).toBe(false);
    expect(
      counsellingRecordInput.safeParse({ ...base, mode: 'group', personIds: [id(1), id(2)] }).success,
    ).toBe(true);
    expect(counsellingRecordInput.safeParse({ ...base, mode: 'group', personIds: [id(1)] }).success).toBe(
      false,
    );
    expect(
      counsellingRecordInput.safeParse({ ...base, mode: 'individual', personId: id(1), notes: ' ' }).success,
    ).toBe(false);
  });

  it('wants a group session to name its people one way, not both and not neither', () => {
    const code = (input: { personIds?: string[]; groupId?: string }) => {
      try {
        checkGroupParticipants(input);
        return null;
      } catch (error) {
        return isDomainError(error) ? error.code : 'thrown';
      }
    };
    expect(code({ groupId: id(3) })).toBeNull();
    expect(code({ personIds: [id(1), id(2)] })).toBeNull();
    expect(code({})).toBe('counselling.group_participants');
    expect(code({ groupId: id(3), personIds: [id(1), id(2)] })).toBe('counselling.group_participants');
  });
});
