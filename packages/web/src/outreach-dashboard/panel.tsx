import type { ComponentChildren } from 'preact';
import { type LoadedState, LoadStatus } from '../coordinator/use-loaded.tsx';
import { formatDateTime, t } from '../i18n/i18n.ts';

/**
 * One part of the outreach screen: its heading, whether it is loading or refused, and the date of the
 * copy it shows, so that a coordinator offline knows how old the figures are.
 */
export function Panel<T>(props: {
  id: string;
  title: string;
  /** Across both columns on a wide screen. */
  wide?: boolean;
  state: LoadedState<T>;
  controls?: ComponentChildren;
  children?: (data: T) => ComponentChildren;
}) {
  const { state } = props;
  const loaded = state.loaded;
  return (
    <section
      class={props.wide ? 'card outreach-panel wide' : 'card outreach-panel'}
      aria-labelledby={`${props.id}-title`}
    >
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      {props.controls}
      <LoadStatus state={state} />
      {loaded && !state.error && (
        <>
          {loaded.fresh && (
            <p class="muted">{t('outreach_dashboard.updated', { date: formatDateTime(loaded.savedAt) })}</p>
          )}
          {props.children?.(loaded.data)}
        </>
      )}
    </section>
  );
}
