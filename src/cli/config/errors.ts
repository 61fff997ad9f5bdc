// A configuration problem: which key, and what is wrong with it, in both languages.
// Always ends the run with exit code 2, before any file is read.
import type { Lang } from '../../model/settings.js';

export type ConfigProblem = { 'zh-CN': string; en: string };

export class ConfigError extends Error {
  constructor(
    /** Where: "config" (a file) or "--rule" (the command line). */
    readonly source: string,
    /** The offending key, rendered as a path: rules."score/foo", settings.year. Empty for the whole file. */
    readonly key: string,
    readonly problem: ConfigProblem,
    /** The file the problem is in, when it came from one. */
    readonly file?: string,
  ) {
    super(`${source}: ${key ? key + ': ' : ''}${problem.en}`);
    this.name = 'ConfigError';
  }

  localized(lang: Lang): string {
    const where = this.file ? (lang === 'en' ? ` (in ${this.file})` : `（文件 ${this.file}）`) : '';
    const sep = lang === 'en' ? ': ' : '：';
    return `${this.source}${sep}${this.key ? this.key + sep : ''}${this.problem[lang]}${where}`;
  }
}

/** Renders a JSON path as people write it: rules."score/foo"[1].tolerance */
export function keyPath(segments: Array<string | number>): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(s)) out += (out ? '.' : '') + s;
    else out += (out ? '.' : '') + JSON.stringify(s);
  }
  return out;
}

/** Splits an ajv instancePath ("/rules/score~1foo/1") into segments. */
export function pointerSegments(pointer: string, data: unknown): Array<string | number> {
  if (!pointer) return [];
  const segs: Array<string | number> = [];
  let cur: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const s = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur) && /^\d+$/.test(s)) {
      segs.push(Number(s));
      cur = cur[Number(s)];
    } else {
      segs.push(s);
      cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[s] : undefined;
    }
  }
  return segs;
}
