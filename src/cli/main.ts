#!/usr/bin/env node
// The reportlint command: check reports, inspect one, list the rules.
// Exit codes: 0 clean; 1 error-level findings or too many warnings; 2 usage or
// config errors, or a file that could not be checked.
// Start-up cost is most of a one-file run: only what every run needs is imported
// here; the rest (ajv with the config, the parsers, reporters, baselines,
// worker pools, inspect's and the rule list's display widths) when it is used.
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Command, CommanderError } from 'commander';
import type { BaselineFile } from './baseline.js';
import { defaultJobs } from './batch/run-batch.js';
import { timePhase } from './batch/phases.js';
import { createProgress, type Progress } from './batch/progress.js';
import { UsageError, isMessageKey, msg, type MessageKey } from './messages.js';
import { OutputError, checkOutputPaths, type OutputPath } from './output-paths.js';
import type { ServeFlags } from '../serve/command.js';
import { ConfigError } from './config/errors.js';
import type { ResolvedConfig } from './config/load.js';
import { FileError } from '../model/errors.js';
import { DEFAULT_MAX_BYTES, parseSize } from '../input/size.js';
import type { Reporter } from '../reporters/index.js';
import type { RunResult } from '../model/result.js';
import type { Rule, RuleMeta } from '../model/rule.js';
import { runReportlint } from './run.js';
import type { Lang, RuleSetting } from '../model/settings.js';
import { exitCodeFor, toolVersion, warningsForLimit } from '../engine/run-result.js';

const FORMATS = ['text', 'json', 'sarif', 'html', 'csv'] as const;
type Format = (typeof FORMATS)[number];
const LANGS = ['zh-CN', 'en'] as const;
const DEFAULT_TIMEOUT_SECONDS = 120;
/** One day: no report needs longer, and Node's timers cannot count past ~24.8 days. */
const MAX_TIMEOUT_SECONDS = 86_400;

interface CheckFlags {
  format: string;
  output?: string;
  lang?: string;
  config?: string;
  /** false with --no-config-lookup: no reportlint.config.json is looked for (one planted in an upload folder switches nothing off). */
  configLookup: boolean;
  rule: string[];
  maxWarnings?: string;
  baseline?: string;
  writeBaseline?: string;
  jobs?: string;
  timeout?: string;
  maxSize?: string;
  color: boolean;
  commentAuthor?: string;
  review?: string;
  /** --print-config FILE: print the configuration a check of FILE would use, and check nothing. */
  printConfig?: string;
  /** --quiet: errors only; rules whose severity is warning or info do not run (as ESLint's --quiet). */
  quiet?: boolean;
  /** --ignore-path, --ignore-pattern, --no-ignore (src/cli/ignore-options.ts). */
  ignore: boolean;
  ignorePath?: string;
  ignorePattern: string[];
  /** --stdin with --stdin-filename NAME (src/cli/stdin.ts). */
  stdin?: boolean;
  stdinFilename?: string;
}

/** --lang as written anywhere on the line, so that even usage errors speak it. */
function langFromArgv(argv: string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (v === 'en' || v === 'zh-CN') return v;
  }
  return 'zh-CN';
}

async function loadRules(): Promise<Rule[]> {
  const { allRules } = await import('../../rules/index.js');
  return allRules;
}

function checkLang(value: string | undefined): Lang | undefined {
  if (value === undefined) return undefined;
  if ((LANGS as readonly string[]).includes(value)) return value as Lang;
  throw new UsageError('badChoice', { name: '--lang', value, choices: LANGS.join(', ') });
}

function intOption(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value.trim()) || Number(value) < min) throw new UsageError('badInteger', { name, value, min });
  return Number(value);
}

/** config/load.ts's CONFIG_FILE_NAME; repeated so that finding no config never loads ajv. */
const CONFIG_FILE_NAME = 'reportlint.config.json';

function configFileAbove(cwd: string): boolean {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, CONFIG_FILE_NAME))) return true;
    if (dirname(dir) === dir) return false;
  }
}

async function loadConfigFor(
  flags: { config?: string; configLookup?: boolean },
  rules: Rule[],
): Promise<ResolvedConfig> {
  if (flags.config === undefined && (flags.configLookup === false || !configFileAbove(process.cwd())))
    return { file: null, rules: {}, settings: {} };
  const { loadConfig } = await import('./config/load.js');
  return loadConfig({ explicitPath: flags.config, cwd: process.cwd(), rules: rules.map((r) => r.meta) });
}

/** The config's rule settings with --rule on top (validating --rule needs config/load.ts, hence ajv). */
async function ruleSettingsFor(
  config: ResolvedConfig,
  overrides: string[],
  rules: Rule[],
): Promise<Record<string, RuleSetting>> {
  if (overrides.length === 0) return config.rules;
  const { mergeRuleSettings, parseRuleOverrides } = await import('./config/load.js');
  return mergeRuleSettings(
    config.rules,
    parseRuleOverrides(
      overrides,
      rules.map((r) => r.meta),
    ),
  );
}

/**
 * The one reporter a run prints with. reporters/index.ts holds them all, and the
 * text reporter's display widths (string-width) alone cost ~40 ms to load: a
 * --format json run imports json.ts only. Same functions as index.ts's `reporters`.
 */
async function loadReporter(format: Format): Promise<Reporter> {
  switch (format) {
    case 'json': {
      const { renderJson } = await import('../reporters/json.js');
      return (r) => renderJson(r);
    }
    case 'text':
      return (await import('../reporters/text.js')).renderText;
    case 'sarif':
      return (await import('../reporters/sarif.js')).renderSarif;
    case 'html':
      return (await import('../reporters/html.js')).renderHtml;
    case 'csv':
      return (await import('../reporters/csv.js')).renderCsv;
  }
}

async function checkCommand(files: string[], flags: CheckFlags, io: Io): Promise<number> {
  const cliLang = checkLang(flags.lang);
  // --format docx / pdf writes an annotated copy of the one file checked (src/cli/annotate.ts)
  const annotated = flags.format === 'docx' || flags.format === 'pdf' ? flags.format : undefined;
  const annotate = annotated ? await import('./annotate.js') : undefined;
  annotate?.checkAnnotateArgs(annotated!, files, flags.output);
  if (!annotate && !(FORMATS as readonly string[]).includes(flags.format)) {
    throw new UsageError('badChoice', { name: '--format', value: flags.format, choices: FORMATS.join(', ') });
  }
  const format = flags.format as Format;
  const maxWarnings = intOption('--max-warnings', flags.maxWarnings, -1) ?? -1;
  const askedJobs = intOption('--jobs', flags.jobs, 1);
  // more workers than cores only cost memory (~100 MB each; 32 on 2 cores took 3.3 GB)
  const jobs = Math.min(askedJobs ?? defaultJobs(), defaultJobs());
  if (askedJobs !== undefined && askedJobs > jobs)
    io.err(`reportlint: ${msg(io.lang, 'jobsCapped', { asked: askedJobs, jobs })}`);
  let timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;
  if (flags.timeout !== undefined) {
    timeoutSeconds = Number(flags.timeout);
    if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0)
      throw new UsageError('badSeconds', { name: '--timeout', value: flags.timeout });
    // a timer longer than 2³¹−1 ms fires at once in Node: every file would time out
    if (timeoutSeconds > MAX_TIMEOUT_SECONDS)
      throw new UsageError('timeoutTooLong', { name: '--timeout', value: flags.timeout, max: MAX_TIMEOUT_SECONDS });
  }
  const cliMaxBytes = flags.maxSize === undefined ? undefined : parseSize(flags.maxSize);
  if (cliMaxBytes === null) throw new UsageError('badSize', { name: '--max-size', value: flags.maxSize! });

  const rules = await loadRules();
  const config = await loadConfigFor(flags, rules);
  const lang = cliLang ?? config.lang ?? 'zh-CN';
  io.lang = lang;
  const ruleConfig = await ruleSettingsFor(config, flags.rule, rules);
  if (flags.quiet)
    for (const r of rules)
      if ((ruleConfig[r.meta.id]?.severity ?? r.meta.defaultSeverity) !== 'error')
        ruleConfig[r.meta.id] = { ...ruleConfig[r.meta.id], severity: 'off' };
  if (flags.printConfig !== undefined) {
    // one configuration serves every file of a run: the config file found (or named), --rule and --quiet applied
    const effective = Object.fromEntries(
      rules.map((r) => [
        r.meta.id,
        {
          severity: ruleConfig[r.meta.id]?.severity ?? r.meta.defaultSeverity,
          ...(ruleConfig[r.meta.id]?.options ? { options: ruleConfig[r.meta.id].options } : {}),
        },
      ]),
    );
    io.out(
      JSON.stringify(
        { file: flags.printConfig, config: config.file, lang, settings: config.settings, rules: effective },
        null,
        2,
      ) + '\n',
    );
    return 0;
  }
  const stdin = await import('./stdin.js');
  const stdinName = stdin.stdinName(flags, files);
  if (files.length === 0 && stdinName === undefined) throw new UsageError('noFiles');
  const ignore = (await import('./ignore-options.js')).ignoreFilterFor(flags, config.file, process.cwd());
  const maxBytes = cliMaxBytes ?? config.maxFileSize ?? DEFAULT_MAX_BYTES;
  let baseline: { path: string; data: BaselineFile } | undefined;
  if (flags.baseline)
    baseline = { path: flags.baseline, data: (await import('./baseline.js')).readBaseline(flags.baseline) };

  const outputs: OutputPath[] = [];
  if (flags.output !== undefined)
    outputs.push({ option: '--output', path: flags.output, annotatedCopy: annotated !== undefined });
  if (flags.writeBaseline) outputs.push({ option: '--write-baseline', path: flags.writeBaseline });
  // --review: the auditor's decisions, read before the run (a bad file is exit 2) and carried onto its findings
  const review = flags.review ? (await import('../review/review-file.js')).readReview(flags.review) : undefined;

  let progress: Progress | undefined;
  const { result, allFiles } = await runReportlint({
    inputs: files,
    cwd: process.cwd(),
    // after the arguments are expanded, before any file is read
    beforeBatch: (paths) => checkOutputPaths(outputs, paths, process.cwd()),
    lang,
    jobs,
    timeoutMs: Math.max(1, Math.round(timeoutSeconds * 1000)), // 0 would mean no limit
    maxBytes,
    ruleConfig,
    settings: config.settings,
    baseline,
    ignore,
    stdin:
      stdinName === undefined ? undefined : { name: stdinName, ...(await stdin.readStdin(process.stdin, maxBytes)) },
    onStart: (n) => (progress = createProgress(n, lang)),
    onFileDone: (r) => progress?.tick(r),
  });
  progress?.stop();
  // the reviewed result in place of the run's (same object, so every use below sees it)
  if (review) Object.assign(result, (await import('../review/apply.js')).applyReview(result, review, flags.review!));

  if (flags.writeBaseline) {
    const { createBaseline, serializeBaseline } = await import('./baseline.js');
    const data = createBaseline(allFiles);
    writeOrThrow(flags.writeBaseline, serializeBaseline(data));
    io.err(msg(lang, 'baselineWritten', { path: flags.writeBaseline, count: data.entries.length }));
  }

  if (annotate) {
    io.err(
      await annotate.writeAnnotated(annotated!, result, flags.output!, {
        lang,
        author: flags.commentAuthor ?? annotate.DEFAULT_COMMENT_AUTHOR,
        maxBytes,
      }),
    );
    reportBaselineNotes(result, lang, io);
    return exitCodeFor(result, maxWarnings);
  }
  const toFile = flags.output !== undefined;
  const color = flags.color && !toFile && !!process.stdout.isTTY && !process.env.NO_COLOR;
  const metas: RuleMeta[] = rules.map((r) => r.meta);
  const report = await timePhase('report', async () =>
    (await loadReporter(format))(result, { lang, color, rules: metas }),
  );
  if (toFile) writeOrThrow(flags.output!, report);
  else io.out(report);
  reportBaselineNotes(result, lang, io);
  const code = exitCodeFor(result, maxWarnings);
  // exit 1 with "0 个错误" in the summary needs its reason said (ESLint: "too many warnings (maximum: N)")
  if (code === 1 && result.summary.errors === 0)
    io.err(`reportlint: ${msg(lang, 'tooManyWarnings', { count: warningsForLimit(result), max: maxWarnings })}`);
  return code;
}

/** On stderr whatever the format (stdout stays a clean report); the JSON result also has them in `baseline`. */
function reportBaselineNotes(result: RunResult, lang: Lang, io: Io): void {
  const b = result.baseline;
  if (!b) return;
  if (b.suppressed > 0) io.err(msg(lang, 'baselineSuppressed', { path: b.file, count: b.suppressed }));
  if (b.unmatched.length === 0) return;
  io.err(msg(lang, 'baselineUnmatched', { count: b.unmatched.reduce((n, e) => n + e.count, 0) }));
  for (const e of b.unmatched)
    io.err(`  ${e.ruleId}  ${e.document}  ${e.excerpt}${e.count > 1 ? `  ×${e.count}` : ''}`);
}

/** Checked before the run (output-paths.ts); this catches what changed since (a full disk, a folder removed). */
function writeOrThrow(path: string, data: string): void {
  try {
    writeFileSync(path, data);
  } catch (e) {
    throw new OutputError(path, (e as NodeJS.ErrnoException).code ?? (e as Error).message, false);
  }
}

function outputErrorText(e: OutputError, lang: Lang): string {
  const key = `write${e.detail}`;
  const detail = isMessageKey(key) ? msg(lang, key) : e.detail;
  return msg(lang, e.beforeRun ? 'writeFailed' : 'writeFailedAfter', { path: e.path, detail });
}

async function inspectCommand(
  file: string,
  flags: { lang?: string; config?: string; maxSize?: string },
  io: Io,
): Promise<number> {
  const cliLang = checkLang(flags.lang);
  const cliMaxBytes = flags.maxSize === undefined ? undefined : parseSize(flags.maxSize);
  if (cliMaxBytes === null) throw new UsageError('badSize', { name: '--max-size', value: flags.maxSize! });
  const config = await loadConfigFor(flags, await loadRules());
  const lang = cliLang ?? config.lang ?? 'zh-CN';
  io.lang = lang;
  const [{ readDocument }, { renderInspect }] = await Promise.all([
    import('../parsers/index.js'),
    import('./inspect.js'),
  ]);
  try {
    const doc = await readDocument(file, { maxBytes: cliMaxBytes ?? config.maxFileSize ?? DEFAULT_MAX_BYTES });
    io.out(renderInspect(doc, lang));
    return 0;
  } catch (e) {
    if (!(e instanceof FileError)) throw e;
    io.err(`${file}: ${e.code}: ${e.localized(lang)}`);
    return 2;
  }
}

/** reportlint compare OLD NEW: rules, config and limits as a check run has them (src/cli/compare.ts). */
async function compareCommand(oldPath: string, newPath: string, flags: CheckFlags, io: Io): Promise<number> {
  const cliLang = checkLang(flags.lang);
  const cliMaxBytes = flags.maxSize === undefined ? undefined : parseSize(flags.maxSize);
  if (cliMaxBytes === null) throw new UsageError('badSize', { name: '--max-size', value: flags.maxSize! });
  const rules = await loadRules();
  const config = await loadConfigFor(flags, rules);
  const lang = cliLang ?? config.lang ?? 'zh-CN';
  io.lang = lang;
  const ruleConfig = await ruleSettingsFor(config, flags.rule, rules);
  const { runCompare, compareExitCode } = await import('./compare.js');
  const maxBytes = cliMaxBytes ?? config.maxFileSize ?? DEFAULT_MAX_BYTES;
  const { comparison, report } = await runCompare(oldPath, newPath, {
    format: flags.format,
    output: flags.output,
    lang,
    rules,
    ruleConfig,
    settings: config.settings,
    maxBytes,
  });
  if (flags.output === undefined) io.out(report);
  return compareExitCode(comparison);
}

/** A rule's page (scripts/rule-docs.ts writes it), relative to the package. */
const rulePage = (id: string) => `docs/rules/${id}.md`;

async function rulesCommand(flags: { lang?: string; config?: string; format?: string }, io: Io): Promise<number> {
  const cliLang = checkLang(flags.lang);
  const rules = await loadRules();
  const config = await loadConfigFor(flags, rules);
  const lang = cliLang ?? config.lang ?? 'zh-CN';
  io.lang = lang;
  if (flags.format === 'json') {
    io.out(
      JSON.stringify(
        rules.map((r) => ({
          id: r.meta.id,
          severity: r.meta.defaultSeverity,
          description: r.meta.description[lang],
          docs: rulePage(r.meta.id),
        })),
        null,
        2,
      ) + '\n',
    );
    return 0;
  }
  if (rules.length === 0) {
    io.out(msg(lang, 'noRules') + '\n');
    return 0;
  }
  const { default: stringWidth } = await import('string-width');
  const header = msg(lang, 'rulesHeader').split('|');
  const rows = [
    header,
    ...rules.map((r) => [r.meta.id, r.meta.defaultSeverity, rulePage(r.meta.id), r.meta.description[lang]]),
  ];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => stringWidth(r[i]))));
  const pad = (s: string, w: number) => s + ' '.repeat(w - stringWidth(s));
  io.out(
    rows.map((r) => `${pad(r[0], widths[0])}  ${pad(r[1], widths[1])}  ${pad(r[2], widths[2])}  ${r[3]}`).join('\n') +
      '\n',
  );
  return 0;
}

/** reportlint serve: the rules, config and limits a check run would use, for every request (src/serve/). */
async function serveCommand(flags: CheckFlags & ServeFlags, io: Io): Promise<number> {
  const cliLang = checkLang(flags.lang);
  const rules = await loadRules();
  const config = await loadConfigFor(flags, rules);
  const lang = cliLang ?? config.lang ?? 'zh-CN';
  io.lang = lang;
  const ruleConfig = await ruleSettingsFor(config, flags.rule, rules);
  if (flags.quiet)
    for (const r of rules)
      if ((ruleConfig[r.meta.id]?.severity ?? r.meta.defaultSeverity) !== 'error')
        ruleConfig[r.meta.id] = { ...ruleConfig[r.meta.id], severity: 'off' };
  const { runServe } = await import('../serve/command.js');
  return runServe(
    flags,
    {
      lang,
      rules: rules.map((r) => r.meta),
      ruleConfig,
      settings: config.settings,
      configMaxBytes: config.maxFileSize,
    },
    io,
  );
}

interface Io {
  lang: Lang;
  out(s: string): void;
  err(line: string): void;
}

function buildProgram(lang: Lang, io: Io, setExit: (code: number) => void): Command {
  const t = (k: MessageKey) => msg(lang, k);
  const program = new Command('reportlint')
    .description(t('description'))
    .argument('[files...]', t('argFiles'))
    .option('-f, --format <format>', t('optFormat'), 'text')
    .option('-o, --output <file>', t('optOutput'))
    .option('--lang <lang>', t('optLang'))
    .option('-c, --config <file>', t('optConfig'))
    .option('--no-config-lookup', t('optNoConfigLookup'))
    .option('--rule <id=severity>', t('optRule'), (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('--max-warnings <n>', t('optMaxWarnings'))
    .option('--quiet', t('optQuiet'))
    .option('--print-config <file>', t('optPrintConfig'))
    .option('--ignore-path <file>', t('optIgnorePath'))
    .option(
      '--ignore-pattern <pattern>',
      t('optIgnorePattern'),
      (v: string, prev: string[]) => [...prev, v],
      [] as string[],
    )
    .option('--no-ignore', t('optNoIgnore'))
    .option('--stdin', t('optStdin'))
    .option('--stdin-filename <name>', t('optStdinFilename'))
    .option('--baseline <file>', t('optBaseline'))
    .option('--write-baseline <file>', t('optWriteBaseline'))
    .option('-j, --jobs <n>', t('optJobs'))
    .option('--timeout <seconds>', t('optTimeout'))
    .option('--max-size <size>', t('optMaxSize'))
    .option('--no-color', t('optNoColor'))
    .option('--comment-author <name>', t('optCommentAuthor'))
    .option('--review <file>', t('optReview'))
    .version(toolVersion(), '-V, --version', t('optVersion'))
    .helpOption('-h, --help', t('optHelp'))
    .helpCommand('help [command]', t('cmdHelp'))
    .showSuggestionAfterError(false)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => process.stderr.write(s), outputError: () => {} })
    .action(async (files: string[], flags: CheckFlags) => setExit(await checkCommand(files, flags, io)));

  program
    .command('inspect')
    .description(t('cmdInspect'))
    .argument('<file>', t('argInspectFile'))
    .helpOption('-h, --help', t('optHelp'))
    .configureHelp({ showGlobalOptions: true })
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), outputError: () => {} })
    // --lang, --config and --max-size are the program's options: written before or after "inspect".
    .action(async (file: string, _local: object, cmd: Command) =>
      setExit(await inspectCommand(file, cmd.optsWithGlobals(), io)),
    );

  program
    .command('compare')
    .description(t('cmdCompare'))
    .argument('<old>', t('argCompareOld'))
    .argument('<new>', t('argCompareNew'))
    .helpOption('-h, --help', t('optHelp'))
    .configureHelp({ showGlobalOptions: true })
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), outputError: () => {} })
    .action(async (oldPath: string, newPath: string, _local: object, cmd: Command) =>
      setExit(await compareCommand(oldPath, newPath, cmd.optsWithGlobals(), io)),
    );

  program
    .command('rules')
    .description(t('cmdRules'))
    .helpOption('-h, --help', t('optHelp'))
    .configureHelp({ showGlobalOptions: true })
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), outputError: () => {} })
    .action(async (_local: object, cmd: Command) => setExit(await rulesCommand(cmd.optsWithGlobals(), io)));

  program
    .command('serve')
    .description(msg(lang, 'cmdServe'))
    .option('--host <host>', msg(lang, 'optHost'), '127.0.0.1')
    .option('--port <port>', msg(lang, 'optPort'), '8080')
    .option('--concurrency <n>', msg(lang, 'optConcurrency'))
    .option('--queue <n>', msg(lang, 'optQueue'))
    .option('--allow-path <dir>', msg(lang, 'optAllowPath'))
    .helpOption('-h, --help', t('optHelp'))
    .configureHelp({ showGlobalOptions: true })
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), outputError: () => {} })
    .action(async (_local: object, cmd: Command) => setExit(await serveCommand(cmd.optsWithGlobals(), io)));
  return program;
}

/** Commander's own errors, in the user's language. */
function commanderUsageError(e: CommanderError): UsageError {
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  // "-f, --format <format>" → "--format"
  const name = /--[\w-]+/.exec(quoted)?.[0] ?? quoted.split(/[\s,]/)[0];
  switch (e.code) {
    case 'commander.unknownOption':
      return new UsageError('unknownOption', { name });
    case 'commander.optionMissingArgument':
      return new UsageError('missingValue', { name });
    case 'commander.missingArgument':
      return new UsageError('missingArgument', { name: quoted || 'FILE' });
    case 'commander.unknownCommand':
      return new UsageError('unknownCommand', { name });
    case 'commander.excessArguments': {
      // commander's sentence is English: its numbers, said in the user's language
      const m = /for '([^']+)'\. Expected (\d+) arguments? but got (\d+)/.exec(e.message);
      if (m) return new UsageError('excessArguments', { command: m[1], expected: m[2], got: m[3] });
      return new UsageError('tooManyArguments', { detail: e.message.replace(/^error:\s*/, '') });
    }
    default:
      return new UsageError('tooManyArguments', { detail: e.message.replace(/^error:\s*/, '') });
  }
}

async function main(argv: string[]): Promise<number> {
  const io: Io = {
    lang: langFromArgv(argv),
    out: (s) => process.stdout.write(s),
    err: (line) => process.stderr.write(line + '\n'),
  };
  let code = 0;
  try {
    await buildProgram(io.lang, io, (c) => (code = c)).parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help')
        return 0;
      e = commanderUsageError(e);
    }
    if (e instanceof UsageError) {
      io.err(
        `reportlint: ${msg(io.lang, 'usagePrefix')}${io.lang === 'en' ? ': ' : '：'}${msg(io.lang, e.key, e.data)}`,
      );
      io.err(msg(io.lang, 'seeHelp'));
      return 2;
    }
    if (e instanceof ConfigError) {
      io.err(`reportlint: ${e.localized(io.lang)}`);
      return 2;
    }
    if (e instanceof OutputError) {
      io.err(`reportlint: ${outputErrorText(e, io.lang)}`);
      return 2;
    }
    // no JavaScript error text for the user; REPORTLINT_DEBUG=1 shows it to whoever reports the bug
    if (process.env.REPORTLINT_DEBUG) io.err(`reportlint: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    io.err(`reportlint: ${msg(io.lang, 'internalError')}`);
    return 2;
  }
}

// Exit only once stdout has drained; an abandoned in-process check (timed out) must not keep the process alive.
main(process.argv.slice(2)).then((code) => {
  process.stdout.write('', () => process.exit(code));
});
