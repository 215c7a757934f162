import { t } from '../i18n/i18n.ts';

/** Each value the server sends, worded by a literal key (so every key is seen to be used). */
export const kindLabel: Record<string, () => string> = {
  shg: () => t('group_kind.shg'),
  savings_group: () => t('group_kind.savings_group'),
  cooperative: () => t('group_kind.cooperative'),
  health_committee: () => t('group_kind.health_committee'),
  federation: () => t('group_kind.federation'),
};

export const statusLabel: Record<string, () => string> = {
  active: () => t('group_status.active'),
  dormant: () => t('group_status.dormant'),
  closed: () => t('group_status.closed'),
};

export const roleLabel: Record<string, () => string> = {
  admin: () => t('role.admin'),
  coordinator: () => t('role.coordinator'),
  field_worker: () => t('role.field_worker'),
  health_worker: () => t('role.health_worker'),
  group_leader: () => t('role.group_leader'),
  viewer: () => t('role.viewer'),
  network_viewer: () => t('role.network_viewer'),
};

export const labelOf = (labels: Record<string, () => string>, value: string) => labels[value]?.() ?? value;
