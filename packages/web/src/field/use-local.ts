import { useEffect, useState } from 'preact/hooks';
import { outboxItems } from '../sync/outbox.ts';
import { localRevision } from '../sync/status.ts';

/**
 * Reads from IndexedDB for a screen, again whenever the inputs change, the outbox does (a command made,
 * sent or refused) or a sync writes what it pulled. Undefined until the first read is done.
 */
export function useLocal<T>(load: () => Promise<T>, inputs: unknown[]): T | undefined {
  const outbox = outboxItems.value;
  const revision = localRevision.value;
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    load().then((next) => {
      if (live) setValue(next);
    });
    return () => {
      live = false;
    };
  }, [...inputs, outbox, revision]);
  return value;
}
