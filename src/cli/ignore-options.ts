// --ignore-path, --ignore-pattern, --no-ignore → the run's ignore filter (src/input/ignore.ts).
// The ignore file is looked for next to the config file in use, then in the current
// directory; with --no-config-lookup only next to a config named with --config, so a
// .reportlintignore planted in an upload folder cannot leave reports unchecked.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ConfigError } from './config/errors.js';
import { describeErrno } from '../model/errors.js';
import { IGNORE_FILE_NAME, IgnoreFileError, loadIgnoreFilter, type IgnoreFilter } from '../input/ignore.js';

export interface IgnoreFlags {
  /** false with --no-ignore: no ignore file, no --ignore-pattern (as ESLint). */
  ignore: boolean;
  ignorePath?: string;
  ignorePattern: string[];
  configLookup: boolean;
}

/** The ignore file a run reads: --ignore-path, else .reportlintignore beside the config, else in cwd; null for none. */
export function ignoreFileFor(flags: IgnoreFlags, configFile: string | null, cwd: string): string | null {
  if (flags.ignorePath !== undefined) return flags.ignorePath;
  const dirs = flags.configLookup
    ? [configFile ? dirname(configFile) : null, resolve(cwd)]
    : [configFile ? dirname(configFile) : null];
  // named relative to the current directory, as the warning on an ignored file shows it
  for (const dir of dirs)
    if (dir && existsSync(join(dir, IGNORE_FILE_NAME))) return relative(cwd, join(dir, IGNORE_FILE_NAME));
  return null;
}

export function ignoreFilterFor(flags: IgnoreFlags, configFile: string | null, cwd: string): IgnoreFilter | undefined {
  if (!flags.ignore) return undefined;
  const file = ignoreFileFor(flags, configFile, cwd);
  try {
    return loadIgnoreFilter({ cwd, file, patterns: flags.ignorePattern });
  } catch (e) {
    if (!(e instanceof IgnoreFileError)) throw e;
    const why = { 'zh-CN': describeErrno(e.code, 'zh-CN'), en: describeErrno(e.code, 'en') };
    throw new ConfigError(
      flags.ignorePath !== undefined ? '--ignore-path' : IGNORE_FILE_NAME,
      '',
      { 'zh-CN': `无法读取忽略文件：${why['zh-CN']}`, en: `cannot read the ignore file: ${why.en}` },
      e.path,
    );
  }
}
