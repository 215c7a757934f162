import { isLocale, type Locale } from '@groundwork/core';
import { computed, signal } from '@preact/signals';
import { api, NetworkError, useCredentials } from '../api/client.ts';
import { setLocale } from '../i18n/i18n.ts';
import { closeLocalDb, localDb } from '../local/db.ts';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: string;
  locale: Locale;
  sensitiveAccess: boolean;
  scope: { areaIds: string[]; groupIds: string[] };
}

export interface SessionOrganisation {
  id: string;
  slug: string;
  name: string;
  currency: string;
  locale: Locale;
}

export interface Session {
  token: string;
  expiresAt: string;
  deviceId: string;
  user: SessionUser;
  organisation: SessionOrganisation;
}

interface LoginAnswer {
  token: string;
  expiresAt: string;
  user: Omit<SessionUser, 'scope'>;
  organisation: SessionOrganisation;
}

interface MeAnswer {
  scope: SessionUser['scope'];
}

export const session = signal<Session | undefined>(undefined);

/** Roles that manage many groups use the coordinator screens; the others get the field screens only. */
const coordinatorRoles = new Set(['admin', 'coordinator', 'viewer', 'network_viewer']);
export const isCoordinator = computed(() => coordinatorRoles.has(session.value?.user.role ?? ''));

function use(next: Session | undefined): void {
  session.value = next;
  useCredentials(next ? { token: next.token, locale: next.user.locale } : undefined);
  if (next) setLocale(next.user.locale);
}

/** The device's own id, made once and kept: the server tells devices apart by it in the command log. */
async function deviceId(): Promise<string> {
  const db = await localDb();
  const known = await db.get('meta', 'deviceId');
  if (typeof known === 'string') return known;
  const id = crypto.randomUUID();
  await db.put('meta', id, 'deviceId');
  return id;
}

/** Opens the last session from IndexedDB, so the app starts with no network. */
export async function restoreSession(): Promise<void> {
  const db = await localDb();
  const stored = (await db.get('meta', 'session')) as Session | undefined;
  if (stored && Date.parse(stored.expiresAt) > Date.now()) use(stored);
  addEventListener('online', () => void saveLocale());
}

export async function logIn(username: string, password: string): Promise<void> {
  const id = await deviceId();
  const answer = await api<LoginAnswer>('/api/auth/login', {
    method: 'POST',
    body: { username, password, deviceId: id },
  });
  useCredentials({ token: answer.token, locale: answer.user.locale });
  const me = await api<MeAnswer>('/api/auth/me');
  const db = await localDb();
  const previous = (await db.get('meta', 'userId')) as string | undefined;
  if (previous && previous !== answer.user.id) await wipeLocalData();
  const locale = isLocale(answer.user.locale) ? answer.user.locale : answer.organisation.locale;
  const next: Session = {
    token: answer.token,
    expiresAt: answer.expiresAt,
    deviceId: id,
    user: { ...answer.user, locale, scope: me.scope },
    organisation: answer.organisation,
  };
  const fresh = await localDb();
  await fresh.put('meta', next, 'session');
  await fresh.put('meta', next.user.id, 'userId');
  use(next);
}

/** Another user on this phone must not see the last one's groups: everything local goes. */
async function wipeLocalData(): Promise<void> {
  const db = await localDb();
  const keep = await db.get('meta', 'deviceId');
  const tx = db.transaction(['meta', 'outbox', 'group_finance', 'entities'], 'readwrite');
  await Promise.all([
    tx.objectStore('meta').clear(),
    tx.objectStore('outbox').clear(),
    tx.objectStore('group_finance').clear(),
    tx.objectStore('entities').clear(),
  ]);
  if (keep) await tx.objectStore('meta').put(keep, 'deviceId');
  await tx.done;
}

export async function logOut(): Promise<void> {
  const { stopSync } = await import('../sync/engine.ts');
  await stopSync();
  try {
    await api('/api/auth/logout', { method: 'POST', body: {} });
  } catch {
    // Offline: the session is forgotten here and expires on the server by itself.
  }
  await wipeLocalData();
  await closeLocalDb();
  use(undefined);
}

/** Switches the language now, keeps it on the device, and remembers it for the user on the server. */
export async function chooseLocale(next: Locale): Promise<void> {
  const current = session.value;
  if (!current) {
    setLocale(next);
    return;
  }
  const updated = { ...current, user: { ...current.user, locale: next } };
  const db = await localDb();
  await db.put('meta', updated, 'session');
  await db.put('meta', next, 'unsavedLocale');
  use(updated);
  await saveLocale();
}

/** Sends a language chosen offline once the server can be reached; called again when the app comes online. */
export async function saveLocale(): Promise<void> {
  const db = await localDb();
  const unsaved = await db.get('meta', 'unsavedLocale');
  if (typeof unsaved !== 'string' || !session.value) return;
  try {
    await api('/api/auth/me/locale', { method: 'PUT', body: { locale: unsaved } });
    await db.delete('meta', 'unsavedLocale');
  } catch (error) {
    if (!(error instanceof NetworkError)) throw error;
  }
}
