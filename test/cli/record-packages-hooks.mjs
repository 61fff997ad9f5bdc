// The resolve hook of record-packages.mjs: one line for each ES module file resolved.
import { appendFileSync } from 'node:fs';

let out;
export function initialize(data) {
  out = data.out;
}
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  if (r.url.startsWith('file:')) appendFileSync(out, `${r.url}\n`);
  return r;
}
