/** Object keys that JavaScript keeps first, in numeric order, whatever order they were added in. */
const arrayIndex = /^(?:0|[1-9]\d{0,9})$/;
const isArrayIndex = (key: string) => arrayIndex.test(key) && Number(key) < 4_294_967_295;

function sortedKeys(object: object): string[] {
  // Object.keys lists array-index keys first, ascending; the others follow in the order they were added.
  const keys = Object.keys(object);
  let first = 0;
  while (first < keys.length && isArrayIndex(keys[first]!)) first++;
  const rest = keys.slice(first).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return first === 0 ? rest : [...keys.slice(0, first), ...rest];
}

function write(value: unknown): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'bigint':
      return JSON.stringify(value);
    case 'object': {
      const json = (value as { toJSON?: unknown }).toJSON;
      if (typeof json === 'function') return write(json.call(value, ''));
      if (Array.isArray(value)) return `[${value.map((item) => write(item) ?? 'null').join(',')}]`;
      const parts: string[] = [];
      for (const key of sortedKeys(value)) {
        const text = write((value as Record<string, unknown>)[key]);
        if (text !== undefined) parts.push(`${JSON.stringify(key)}:${text}`);
      }
      return `{${parts.join(',')}}`;
    }
    default:
      return undefined;
  }
}

/**
 * JSON with every object's keys in sorted order (by code unit, the same on every machine), so that a
 * payload compares equal however it was ordered. The command log keeps this text and compares resends
 * with it, so it must stay byte for byte what it has always been: JSON.stringify of the payload with
 * each object rebuilt with its keys sorted (which puts array-index keys first, as objects do).
 */
export function canonical(value: unknown): string {
  return write(value) ?? 'null';
}
