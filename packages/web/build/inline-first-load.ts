import type { Plugin } from 'vite';

interface Chunk {
  type: 'chunk';
  isEntry: boolean;
  fileName: string;
  code: string;
  imports: string[];
}
interface Asset {
  type: 'asset';
  fileName: string;
  source: string | Uint8Array;
}
type Bundle = Record<string, Chunk | Asset>;

/** Every chunk imports the others by a bare name the page's import map resolves. */
const prefix = 'gw/';
const relativeChunk = /(["'`])\.\/([^"'`/]+\.js)\1/g;
const bareName = (fileName: string) => `${prefix}${fileName.split('/').at(-1)}`;

function staticClosure(bundle: Bundle, chunk: Chunk, into = new Set<Chunk>()): Set<Chunk> {
  for (const name of chunk.imports) {
    const next = bundle[name];
    if (next?.type === 'chunk' && !into.has(next)) {
      into.add(next);
      staticClosure(bundle, next, into);
    }
  }
  return into;
}

const isEntry = (chunk: Chunk) => chunk.isEntry;

const dataUrl = (code: string) => `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;

function inlineInto(html: string, bundle: Bundle, entry: Chunk): string {
  const inlined = staticClosure(bundle, entry);
  const imports: Record<string, string> = {};
  for (const file of Object.values(bundle)) {
    if (file.type !== 'chunk' || file === entry) continue;
    imports[bareName(file.fileName)] = inlined.has(file) ? dataUrl(file.code) : `/${file.fileName}`;
  }
  let out = html
    .replace(new RegExp(`<script type="module"[^>]*src="/${entry.fileName}"></script>\\s*`), '')
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '');
  for (const sheet of Object.values(bundle)) {
    if (sheet.type !== 'asset' || !sheet.fileName.endsWith('.css')) continue;
    out = out.replace(
      new RegExp(`<link rel="stylesheet"[^>]*href="/${sheet.fileName}">`),
      `<style>${String(sheet.source)}</style>`,
    );
  }
  const importMap = `<script type="importmap">${JSON.stringify({ imports })}</script>`;
  const script = `<script type="module">${entry.code.replaceAll('</script', '<\\/script')}</script>`;
  return out.replace('</head>', `${importMap}\n${script}\n</head>`);
}

/**
 * A module inlined as a data: URL has no address to resolve "/assets/…" against, so Vite's preloader,
 * when it lands in such a module, would fail on the next screens' scripts and styles: scripts name the
 * files by their full address, made from the page's.
 */
function renderBuiltUrl(fileName: string, { hostType }: { hostType: string }) {
  if (hostType !== 'js') return undefined;
  return { runtime: `new URL(${JSON.stringify(`/${fileName}`)}, location.href).href` };
}

/**
 * On Slow 3G every request costs two seconds before its first byte, and the sign-in screen would need
 * two in a row (the page, then its scripts and styles). So the page carries them itself: the entry
 * script inline, the chunks it imports as data: URLs in an import map, the styles inline. So that each
 * module still exists once, every chunk imports the others by a bare name (gw/…) that the same import
 * map resolves, to the data: URL or to the file. The files stay in the build for the service worker.
 */
export function inlineFirstLoad(): Plugin {
  return {
    name: 'groundwork-inline-first-load',
    apply: 'build',
    enforce: 'post',
    config: () => ({ experimental: { renderBuiltUrl } }),
    generateBundle: {
      order: 'post',
      handler(_options, output) {
        const bundle = output as unknown as Bundle;
        const page = bundle['index.html'];
        const entry = Object.values(bundle).find((f): f is Chunk => f.type === 'chunk' && isEntry(f));
        if (page?.type !== 'asset' || !entry) return;
        // Here, after Vite has listed each dynamic import's scripts and styles to preload, not earlier,
        // or it could not find them behind the bare names.
        for (const file of Object.values(bundle)) {
          if (file.type === 'chunk')
            file.code = file.code.replace(relativeChunk, (_m, q, name) => `${q}${prefix}${name}${q}`);
        }
        page.source = inlineInto(String(page.source), bundle, entry);
      },
    },
  };
}
