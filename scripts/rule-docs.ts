// Writes a page per rule, docs/rules/<area>/<name>.md, and their index docs/rules/README.md, from
// the rule's meta (description, severity, messages, options), the rows of its tester table
// (test/rules/<area>/<name>.test.ts exports them as `cases`) and the paragraph under the rule's
// heading in docs/rules/why.md. `--check` writes nothing and lists the pages that are missing or
// differ (test/rules/docs.test.ts runs it, so a page cannot drift from its rule).
//   npm run docs:rules            write the pages
//   npm run docs:rules -- --check exit 1 when a page would change
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { allRules } from '../rules/index.js';
import type { Rule } from '../src/model/rule.js';
import type { InvalidRow, RuleCases, TestedCases, ValidRow } from '../test/rule-tester.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DOCS = join(ROOT, 'docs', 'rules');
const WHY = join(DOCS, 'why.md');

/** The page of a rule, relative to the package: what `reportlint rules` prints. */
export const rulePage = (id: string) => `docs/rules/${id}.md`;

/** docs/rules/why.md: the paragraph(s) under each "## <rule id>" heading. */
export function readWhy(text: string): Map<string, string> {
  const why = new Map<string, string>();
  for (const part of text.split(/^## /m).slice(1)) {
    const [head, ...body] = part.split('\n');
    why.set(head.trim(), body.join('\n').trim());
  }
  return why;
}

const code = (s: string) => (s.includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``);
// a replaced phrase on one line: a tab (a table's cell boundary) as " | ", a line break as " ⏎ "
const shown = (s: string) => s.replace(/\t/g, ' | ').replace(/\n/g, ' ⏎ ');
const block = (s: string) => ['```text', s.replace(/\n+$/, ''), '```'].join('\n');
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The rules run with one in a row, named as a group where they are one. */
function together(rule: Rule, others: Rule[]): string {
  const ids = new Set(others.map((r) => r.meta.id));
  const rest = allRules.filter((r) => r !== rule);
  if (rest.every((r) => ids.has(r.meta.id))) return 'every other rule';
  const area = rule.meta.id.split('/')[0];
  const mates = rest.filter((r) => r.meta.id.startsWith(`${area}/`));
  if (ids.size === mates.length && mates.every((r) => ids.has(r.meta.id))) return `the other \`${area}/*\` rules`;
  return others.map((r) => code(r.meta.id)).join(', ');
}

function describeRow(rule: Rule, cases: RuleCases, row: Exclude<ValidRow, string>): string[] {
  const out: string[] = [];
  const pairs = row.replace
    ? ((typeof row.replace[0] === 'string' ? [row.replace] : row.replace) as Array<[string, string]>)
    : [];
  if (row.text !== undefined) out.push(block(row.text));
  if (pairs.length)
    out.push(
      `${row.text !== undefined ? 'In this text' : 'In the base report'}, ${pairs.map(([from, to]) => `${code(shown(from))} → ${code(shown(to))}`).join('; ')}`,
    );
  else if (row.text === undefined && cases.base !== undefined) out.push('The base report as written.');
  const notes: string[] = [];
  if (row.options) notes.push(`options ${code(JSON.stringify(row.options))}`);
  if (row.settings) notes.push(`settings ${code(JSON.stringify(row.settings))}`);
  if (row.with?.length) notes.push(`checked together with ${together(rule, row.with)}`);
  if (notes.length) out.push(`(${notes.join('; ')})`);
  return out;
}

function describeErrors(rule: Rule, row: InvalidRow): string {
  const lines = row.errors.map((e) => {
    const parts = [`${code(e.rule && e.rule !== rule.meta.id ? `${e.rule}: ${e.messageId}` : e.messageId)}`];
    if (e.at !== undefined) parts.push(`at “${e.at}”`);
    if (e.actual !== undefined) parts.push(`actual ${code(e.actual)}`);
    if (e.expected !== undefined) parts.push(`expected ${code(e.expected)}`);
    if (e.also?.length) parts.push(`conflicting with ${e.also.map((a) => `“${a}”`).join(', ')}`);
    if (e.message !== undefined) parts.push(`— “${e.message}”`);
    return `- ${parts.join(', ')}`;
  });
  return ['Reported:', ...lines].join('\n');
}

function optionsSection(rule: Rule): string[] {
  const schema = rule.meta.optionsSchema as
    | { properties?: Record<string, { type?: string; description?: string }> }
    | undefined;
  const props = Object.entries(schema?.properties ?? {});
  if (!props.length) return ['None.'];
  const defaults = rule.meta.defaultOptions ?? {};
  return [
    '| option | type | default | meaning |',
    '|---|---|---|---|',
    ...props.map(
      ([name, p]) =>
        `| \`${name}\` | ${p.type ?? ''} | ${name in defaults ? code(JSON.stringify(defaults[name])) : '–'} | ${cell(p.description ?? '–')} |`,
    ),
    '',
    `In the config: ${code(`"rules": { "${rule.meta.id}": ["${rule.meta.defaultSeverity}", ${JSON.stringify(defaults)}] }`)}.`,
  ];
}

/** The page of one rule. */
export function renderPage(rule: Rule, cases: RuleCases, why: string): string {
  const { meta } = rule;
  const [area, name] = meta.id.split('/');
  const valid = cases.valid.map((r) => (typeof r === 'string' ? { text: r } : r));
  const out: string[] = [
    `<!-- Generated by scripts/rule-docs.ts (npm run docs:rules) from rules/${area}/${name}.ts, test/rules/${area}/${name}.test.ts and docs/rules/why.md; edit those, not this page. -->`,
    `# ${meta.id}`,
    '',
    '## What it checks',
    '',
    `${meta.description.en}`,
    '',
    `${meta.description['zh-CN']}`,
    '',
    `Default severity: **${meta.defaultSeverity}**. Source: [rules/${area}/${name}.ts](../../../rules/${area}/${name}.ts); cases: [test/rules/${area}/${name}.test.ts](../../../test/rules/${area}/${name}.test.ts).`,
    '',
    '## Why it matters',
    '',
    why,
    '',
    '## Messages',
    '',
    '| id | zh-CN | en |',
    '|---|---|---|',
    ...Object.entries(meta.messages).map(([id, m]) => `| \`${id}\` | ${cell(m['zh-CN'])} | ${cell(m.en)} |`),
    '',
    '## Options',
    '',
    ...optionsSection(rule),
    '',
    '## Examples',
    '',
    "From the rule's tests: each example below is checked on every test run.",
    '',
  ];
  if (cases.base !== undefined) {
    out.push('The base report, a consistent one that gives no finding as written:', '', block(cases.base), '');
  }
  out.push('### Reported', '');
  if (!cases.invalid.length) out.push('(Only whole reports in the test file.)', '');
  for (const row of cases.invalid)
    out.push(
      `#### ${row.name ?? 'Example'}`,
      '',
      ...describeRow(rule, cases, row).flatMap((l) => [l, '']),
      describeErrors(rule, row),
      '',
    );
  out.push('### Not reported', '');
  if (!valid.length && cases.base === undefined) out.push('(Only whole reports in the test file.)', '');
  if (!valid.length && cases.base !== undefined) out.push('The base report above.', '');
  for (const row of valid)
    out.push(`#### ${row.name ?? 'Example'}`, '', ...describeRow(rule, cases, row).flatMap((l) => [l, '']));
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/\n*$/, '\n');
}

/** docs/rules/README.md: every rule with its page. */
export function renderIndex(rules: Rule[]): string {
  return [
    '<!-- Generated by scripts/rule-docs.ts (npm run docs:rules); edit the rules, their tests or why.md, not this page. -->',
    '# Rules',
    '',
    'A page per rule: what it checks, why it matters to an auditor, its messages and options, and examples that fire and that do not, taken from its tests. The hand-written part is [why.md](why.md).',
    '',
    '| rule | default | what it checks |',
    '|---|---|---|',
    ...rules.map(
      (r) => `| [\`${r.meta.id}\`](${r.meta.id}.md) | ${r.meta.defaultSeverity} | ${cell(r.meta.description.en)} |`,
    ),
    '',
  ].join('\n');
}

/** The cases a rule's test file exports (its tester table). */
async function casesOf(rule: Rule): Promise<RuleCases> {
  const file = join(ROOT, 'test', 'rules', `${rule.meta.id}.test.ts`);
  if (!existsSync(file)) throw new Error(`${rule.meta.id}: no test file ${relative(ROOT, file)}`);
  const mod = (await import(pathToFileURL(file).href)) as { cases?: TestedCases };
  if (!mod.cases || mod.cases.rule.meta.id !== rule.meta.id)
    throw new Error(`${relative(ROOT, file)} exports no ruleTester cases of ${rule.meta.id}`);
  return mod.cases;
}

/** Every page the rules make, by path relative to the package. */
export async function renderAll(): Promise<Map<string, string>> {
  const why = readWhy(readFileSync(WHY, 'utf8'));
  const pages = new Map<string, string>();
  for (const rule of allRules) {
    const text = why.get(rule.meta.id);
    if (!text) throw new Error(`${rule.meta.id}: no "## ${rule.meta.id}" paragraph in docs/rules/why.md`);
    pages.set(rulePage(rule.meta.id), renderPage(rule, await casesOf(rule), text));
  }
  for (const id of why.keys())
    if (!allRules.some((r) => r.meta.id === id)) throw new Error(`docs/rules/why.md: no rule ${id}`);
  pages.set('docs/rules/README.md', renderIndex(allRules));
  return pages;
}

/** Pages on disk under docs/rules/<area>/ that no rule makes (a rule renamed or removed). */
function stalePages(pages: Map<string, string>): string[] {
  const found: string[] = [];
  for (const area of readdirSync(DOCS, { withFileTypes: true })) {
    if (!area.isDirectory()) continue;
    for (const f of readdirSync(join(DOCS, area.name))) {
      const p = `docs/rules/${area.name}/${f}`;
      if (f.endsWith('.md') && !pages.has(p)) found.push(p);
    }
  }
  return found;
}

async function main(): Promise<number> {
  const check = process.argv.includes('--check');
  const pages = await renderAll();
  const problems: string[] = [];
  for (const [path, text] of pages) {
    const file = join(ROOT, path);
    const now = existsSync(file) ? readFileSync(file, 'utf8') : null;
    if (now === text) continue;
    if (check)
      problems.push(`${path}: ${now === null ? 'missing' : 'differs from what the rule, its tests and why.md give'}`);
    else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      console.log(`wrote ${path}`);
    }
  }
  for (const p of stalePages(pages)) problems.push(`${p}: no rule has this page`);
  if (problems.length) {
    console.error(problems.join('\n'));
    if (check) console.error('run `npm run docs:rules` to regenerate the rule pages');
    return 1;
  }
  if (check) console.log(`${pages.size} rule pages up to date`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = await main();
