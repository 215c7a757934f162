import { assignableRoles, type Role } from '@groundwork/core';
import { useState } from 'preact/hooks';
import { ApiError, api } from '../api/client.ts';
import { t } from '../i18n/i18n.ts';
import { session } from '../session/session.ts';
import { labelOf, roleLabel } from './labels.ts';
import type { Names } from './names.ts';
import { ScopePicker, type ScopeValue } from './scope-picker.tsx';
import { errorText } from './use-loaded.tsx';

export interface UserItem {
  id: string;
  username: string;
  displayName: string | null;
  role: Role;
  disabled: boolean;
  scope: ScopeValue;
}

/** Roles the signed-in manager may hand out. */
function rolesToGive(): Role[] {
  const mine = session.value?.user.role as Role | undefined;
  return mine ? [...assignableRoles[mine]] : [];
}

/** A new user (no `user`), or a change to one: role, scope, name; disabling is separate. */
export function UserForm(props: { user?: UserItem; names: Names; onDone(): void; onCancel(): void }) {
  const { user, names } = props;
  const roles = rolesToGive();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [role, setRole] = useState<Role>(user?.role ?? roles[0] ?? 'viewer');
  const [scope, setScope] = useState<ScopeValue>(user?.scope ?? { areaIds: [], groupIds: [] });
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const prefix = user ? `user-${user.id}` : 'new-user';

  async function save(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError('');
    const name = displayName.trim() ? { displayName: displayName.trim() } : {};
    try {
      if (user) {
        await api(`/api/users/${user.id}`, { method: 'PATCH', body: { role, scope, ...name } });
      } else {
        await api('/api/users', { method: 'POST', body: { username, password, role, scope, ...name } });
      }
      props.onDone();
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.problem.detail : errorText(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="card" onSubmit={save}>
      <h2>{user ? t('users.edit_title', { username: user.username }) : t('users.new_title')}</h2>
      {!user && (
        <>
          <label for={`${prefix}-username`}>{t('users.username')}</label>
          <input
            id={`${prefix}-username`}
            required
            autoComplete="off"
            value={username}
            onInput={(e) => setUsername((e.target as HTMLInputElement).value)}
          />
          <label for={`${prefix}-password`}>{t('users.password')}</label>
          <input
            id={`${prefix}-password`}
            type="password"
            required
            minLength={8}
            autoComplete="new-password"
            value={password}
            onInput={(e) => setPassword((e.target as HTMLInputElement).value)}
          />
        </>
      )}
      <label for={`${prefix}-name`}>{t('users.display_name')}</label>
      <input
        id={`${prefix}-name`}
        value={displayName}
        onInput={(e) => setDisplayName((e.target as HTMLInputElement).value)}
      />
      <label for={`${prefix}-role`}>{t('users.role')}</label>
      <select
        id={`${prefix}-role`}
        value={role}
        onChange={(e) => setRole((e.target as HTMLSelectElement).value as Role)}
      >
        {(user && !roles.includes(user.role) ? [user.role, ...roles] : roles).map((r) => (
          <option key={r} value={r}>
            {labelOf(roleLabel, r)}
          </option>
        ))}
      </select>
      <ScopePicker areas={names.areas} groups={names.groups} value={scope} onChange={setScope} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('users.save')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('users.cancel')}
        </button>
      </div>
    </form>
  );
}
