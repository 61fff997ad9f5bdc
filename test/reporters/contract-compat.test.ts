// The project keeps its own copy of the JSON contract (schema/), so a clone with nothing beside it
// tests its output. The copy may add fields but never remove or rename one of the reference contract's
// (../shared/contract/ in the workspace it was made in); where that reference is absent this is skipped.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';

const OWN = join(repoRoot, 'schema/report.schema.json');
const REFERENCE = join(repoRoot, '../shared/contract/report.schema.json');

type Schema = { [k: string]: unknown };

/** Every property path a schema defines, and the required ones, as "files[].findings[].ruleId". */
function paths(s: Schema, at = '', defs: Schema = s, out = new Set<string>()): Set<string> {
  const ref = typeof s.$ref === 'string' ? s.$ref : null;
  if (ref?.startsWith('#/$defs/')) return paths((defs.$defs as Schema)[ref.slice(8)] as Schema, at, defs, out);
  for (const [k, v] of Object.entries((s.properties as Schema) ?? {})) {
    out.add(`${at}${k}`);
    paths(v as Schema, `${at}${k}.`, defs, out);
  }
  for (const r of (s.required as string[]) ?? []) out.add(`${at}${r}!`);
  if (s.items) paths(s.items as Schema, at.replace(/\.$/, '[].'), defs, out);
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const)
    for (const sub of (s[key] as Schema[]) ?? []) paths(sub, at, defs, out);
  return out;
}

describe('the JSON contract kept in the project', () => {
  it('is there, with its $id', () => {
    expect(JSON.parse(readFileSync(OWN, 'utf8')).$id).toBe('reportlint/report.schema.json');
  });
  it.skipIf(!existsSync(REFERENCE))(
    'keeps every field of the reference contract (../shared/contract, absent outside the workspace)',
    () => {
      const own = paths(JSON.parse(readFileSync(OWN, 'utf8')));
      const reference = [...paths(JSON.parse(readFileSync(REFERENCE, 'utf8')))];
      expect(reference.filter((p) => !own.has(p))).toEqual([]);
      expect(reference.length).toBeGreaterThan(20);
    },
  );
});
