// Preloaded (node --import, in every thread) into a CLI run by loading.test.ts: appends every
// module the process loads to RECORD_PACKAGES_FILE, one a line, as it loads: ES modules by
// file URL (a resolve hook, in Node's hooks thread), CommonJS ones (pdfjs and mammoth load
// theirs with require) by what was asked and the file it resolved to. As it loads, not at
// exit: a worker thread is terminated, and its modules would go unrecorded.
import { appendFileSync } from 'node:fs';
import { createRequire, isBuiltin, register } from 'node:module';
import { fileURLToPath } from 'node:url';

const out = process.env.RECORD_PACKAGES_FILE;
if (out) {
  register('./record-packages-hooks.mjs', import.meta.url, { data: { out } });
  const Module = createRequire(import.meta.url)('node:module');
  const load = Module._load;
  Module._load = function (request, parent, ...rest) {
    if (!isBuiltin(request)) {
      let file = '';
      try {
        file = Module._resolveFilename(request, parent);
      } catch {
        // not found: the load below throws as it would
      }
      appendFileSync(out, `${request}\n${file}\n`);
    }
    return load.call(this, request, parent, ...rest);
  };
}
export const recorded = (text) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((p) => (p.startsWith('file:') ? fileURLToPath(p) : p));
