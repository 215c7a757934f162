import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api/client.ts';
import { formatDateTime, t } from '../i18n/i18n.ts';
import { type Loaded, loadCached, NeedsConnection } from './cached.ts';

export interface LoadedState<T> {
  loaded?: Loaded<T>;
  error?: unknown;
  loading: boolean;
  reload(): void;
}

/** Loads a coordinator screen's data (kept for offline use under `coordinator:<what>`), again when `inputs` change. */
export function useLoaded<T>(
  what: string,
  fetchIt: () => Promise<T>,
  inputs: unknown[] = [],
): LoadedState<T> {
  const [state, setState] = useState<Omit<LoadedState<T>, 'reload'>>({ loading: true });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    loadCached(what, fetchIt).then(
      (loaded) => current && setState({ loaded, loading: false }),
      (error: unknown) => current && setState({ error, loading: false }),
    );
    return () => {
      current = false;
    };
  }, [what, round, ...inputs]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { ...state, reload };
}

export function errorText(error: unknown): string {
  if (error instanceof NeedsConnection) return t('coordinator.needs_connection');
  if (error instanceof ApiError) return error.problem.detail;
  return t('coordinator.failed');
}

/** Loading, a refusal, or the date of an old copy shown offline; nothing once fresh data is in. */
export function LoadStatus<T>({ state }: { state: LoadedState<T> }) {
  if (state.loading && !state.loaded) return <p aria-live="polite">{t('app.loading')}</p>;
  if (state.error) {
    return (
      <div class="card" role="alert">
        <p class="error">{errorText(state.error)}</p>
        <button type="button" onClick={state.reload}>
          {t('coordinator.retry')}
        </button>
      </div>
    );
  }
  if (state.loaded && !state.loaded.fresh) {
    return (
      <p class="card muted" role="status">
        {t('coordinator.offline_copy', { date: formatDateTime(state.loaded.savedAt) })}{' '}
        <button type="button" onClick={state.reload}>
          {t('coordinator.retry')}
        </button>
      </p>
    );
  }
  return null;
}
