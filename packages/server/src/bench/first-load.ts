import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The field app's budget: JavaScript for the first load of the field screens, gzipped. */
export const firstLoadTargetBytes = 200_000;
/**
 * The sign-in screen's scripts, gzipped: at Slow 3G's 50 kB/s they are most of its 5-second budget after
 * the 2 seconds of latency. The server's message catalogues once slipped in with a number formatter and
 * made it 81 KB (5.2 s); without them it is about 28 KB (3.3 s).
 */
export const signInTargetBytes = 40_000;

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  isEntry?: boolean;
}

/** A chunk and everything it imports statically: what the browser must fetch before it runs. */
function closure(
  manifest: Record<string, ManifestChunk>,
  start: string,
  into = new Set<string>(),
): Set<string> {
  if (into.has(start)) return into;
  into.add(start);
  for (const next of manifest[start]?.imports ?? []) closure(manifest, next, into);
  return into;
}

/**
 * Reads the build's manifest (packages/web/dist/.vite/manifest.json): the sign-in page with its scripts, then the
 * signed-in app with the field screens (`src/app.tsx`, loaded right after sign-in), and the service
 * worker's helper. The coordinator screens and the charts are dynamic imports of the app, loaded only
 * when opened, so they are listed apart and not counted.
 */
export function measureFirstLoad(webDir: string) {
  const manifestFile = join(webDir, '.vite', 'manifest.json');
  let manifest: Record<string, ManifestChunk>;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch {
    throw new Error(`No build of the field app at ${webDir}: run \`npm run build\` first.`);
  }
  const gzipped = (file: string) => gzipSync(readFileSync(join(webDir, file))).length;
  const entry = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  if (!entry) throw new Error(`${manifestFile} names no entry chunk`);
  const dynamicOf = (key: string) => manifest[key]?.dynamicImports ?? [];
  const signIn = closure(manifest, entry);
  const worker = dynamicOf(entry).filter((k) => k.includes('workbox-window'));
  const app = dynamicOf(entry).find((k) => k.endsWith('src/app.tsx'));
  if (!app) throw new Error(`${manifestFile}: the entry does not load src/app.tsx`);
  const field = new Set([
    ...signIn,
    ...worker.flatMap((k) => [...closure(manifest, k)]),
    ...closure(manifest, app),
  ]);
  const lazy = [...field].flatMap(dynamicOf).filter((k) => !field.has(k));
  const bytes = (keys: Iterable<string>) => [...keys].reduce((sum, k) => sum + gzipped(manifest[k]!.file), 0);
  const fieldBytes = bytes(field);
  return {
    signInScreenBytesGzipped: bytes(signIn),
    fieldScreensBytesGzipped: fieldBytes,
    files: [...field].map((k) => manifest[k]!.file).sort(),
    lazyChunks: [...new Set(lazy)].map((k) => ({
      chunk: k,
      bytesGzipped: bytes([...closure(manifest, k)].filter((c) => !field.has(c))),
    })),
    target: firstLoadTargetBytes,
    meetsTarget: fieldBytes <= firstLoadTargetBytes,
  };
}
