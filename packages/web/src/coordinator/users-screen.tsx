import { useState } from 'preact/hooks';
import { ApiError, api } from '../api/client.ts';
import { t } from '../i18n/i18n.ts';
import './coordinator.css';
import { labelOf, roleLabel } from './labels.ts';
import { loadNames, nameMap } from './names.ts';
import { allPages } from './paged.ts';
import { errorText, LoadStatus, useLoaded } from './use-loaded.tsx';
import { UserForm, type UserItem } from './user-form.tsx';

export function UsersScreen() {
  const users = useLoaded('users', () => allPages<UserItem>('/api/users'));
  const names = useLoaded('names', loadNames);
  const [editing, setEditing] = useState<string | undefined>();
  const [error, setError] = useState('');
  const areas = nameMap(names.loaded?.data.areas ?? []);
  const groups = nameMap(names.loaded?.data.groups ?? []);
  const done = () => {
    setEditing(undefined);
    users.reload();
  };

  async function disable(user: UserItem) {
    if (!confirm(t('users.disable_confirm', { username: user.username }))) return;
    setError('');
    try {
      await api(`/api/users/${user.id}/disable`, { method: 'POST', body: {} });
      users.reload();
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.problem.detail : errorText(failure));
    }
  }

  const scopeText = (u: UserItem) =>
    [
      ...u.scope.areaIds.map((id) => areas.get(id) ?? ''),
      ...u.scope.groupIds.map((id) => groups.get(id) ?? ''),
    ]
      .filter(Boolean)
      .join(', ') || t('users.whole_organisation');

  return (
    <>
      <h1>{t('nav.users')}</h1>
      <LoadStatus state={users} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {names.loaded && editing === 'new' && (
        <UserForm names={names.loaded.data} onDone={done} onCancel={() => setEditing(undefined)} />
      )}
      {editing !== 'new' && (
        <div class="actions">
          <button
            type="button"
            class="primary"
            disabled={!names.loaded?.fresh}
            onClick={() => setEditing('new')}
          >
            {t('users.add')}
          </button>
        </div>
      )}
      {users.loaded && (
        <ul class="list">
          {users.loaded.data.map((u) => (
            <li key={u.id}>
              {editing === u.id && names.loaded ? (
                <UserForm
                  user={u}
                  names={names.loaded.data}
                  onDone={done}
                  onCancel={() => setEditing(undefined)}
                />
              ) : (
                <div class="card">
                  <strong>{u.displayName ?? u.username}</strong> <span class="muted">{u.username}</span>
                  <div>
                    {labelOf(roleLabel, u.role)} · {scopeText(u)}
                    {u.disabled && <strong> · {t('users.disabled')}</strong>}
                  </div>
                  {!u.disabled && (
                    <div class="actions">
                      <button
                        type="button"
                        disabled={!names.loaded?.fresh}
                        aria-label={t('users.edit_label', { username: u.username })}
                        onClick={() => setEditing(u.id)}
                      >
                        {t('users.edit')}
                      </button>
                      <button
                        type="button"
                        class="danger"
                        aria-label={t('users.disable_label', { username: u.username })}
                        onClick={() => disable(u)}
                      >
                        {t('users.disable')}
                      </button>
                    </div>
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
