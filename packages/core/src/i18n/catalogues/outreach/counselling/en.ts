/** Messages of counselling sessions. */
export const counsellingEn = {
  'error.counselling.group_participants':
    'A group session names its people either one by one or as a group’s members, not both.',
  'error.counselling.group_has_no_members': 'This group has no current members to counsel.',
  'error.counselling.held_in_future': 'The session date is in the future.',
  'error.counselling.session_exists': 'A counselling session with this id is already recorded.',
} as const;
