// Preloaded (node --import) into a CLI run by loading.test.ts: writes every module file
// the process loaded to RECORD_PACKAGES_FILE, one path a line: ES modules as they are
// resolved (by a resolve hook, in Node's hooks thread), CommonJS ones from the require
// cache on exit (pdfjs and mammoth load theirs with require).
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { fileURLToPath } from 'node:url';

const out = process.env.RECORD_PACKAGES_FILE;
if (out) {
  register('./record-packages-hooks.mjs', import.meta.url, { data: { out } });
  const require = createRequire(import.meta.url);
  process.on('exit', () => appendFileSync(out, Object.keys(require.cache).map((p) => `${p}\n`).join('')));
}
export const recorded = (text) => text.split('\n').filter(Boolean).map((p) => (p.startsWith('file:') ? fileURLToPath(p) : p));
