import { useState } from 'preact/hooks';
import { ApiError, NetworkError } from '../api/client.ts';
import { t } from '../i18n/i18n.ts';
import { LanguageSelect } from '../ui/language-select.tsx';
import { logIn } from './session.ts';

export function LoginScreen() {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | undefined>();

  async function submit(event: Event) {
    event.preventDefault();
    setWorking(true);
    setError(undefined);
    try {
      await logIn(username.trim(), password);
    } catch (e) {
      if (e instanceof NetworkError) setError(t('login.offline'));
      else if (e instanceof ApiError) setError(t('login.failed', { reason: e.problem.detail }));
      else throw e;
    } finally {
      setWorking(false);
    }
  }

  return (
    <main id="main" class="login">
      <div class="login-head">
        <h1>{t('app.name')}</h1>
        <LanguageSelect />
      </div>
      <form onSubmit={submit} aria-labelledby="login-title">
        <h2 id="login-title">{t('login.title')}</h2>
        <label for="username">{t('login.username')}</label>
        <input
          id="username"
          name="username"
          autocomplete="username"
          autocapitalize="none"
          required
          value={username}
          placeholder={t('login.username_hint')}
          onInput={(e) => setUsername((e.target as HTMLInputElement).value)}
        />
        <label for="password">{t('login.password')}</label>
        <input
          id="password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
          value={password}
          onInput={(e) => setPassword((e.target as HTMLInputElement).value)}
        />
        {error && (
          <p role="alert" class="error">
            {error}
          </p>
        )}
        <button type="submit" class="primary" disabled={working}>
          {working ? t('login.working') : t('login.submit')}
        </button>
      </form>
    </main>
  );
}
