// Legacy Word .doc: LibreOffice converts it to .docx in a private temp dir,
// then the .docx parser reads it. Without LibreOffice the user gets a clear error.
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FileError, causeDetail } from '../model/errors.js';

const CONVERTERS = ['soffice', 'libreoffice'];

/** The first LibreOffice executable on PATH, or null. */
export function findOfficeConverter(pathEnv = process.env.PATH ?? ''): string | null {
  const exts = process.platform === 'win32' ? ['.exe', '.com', ''] : [''];
  for (const dir of pathEnv.split(delimiter)) {
    if (!dir) continue;
    for (const name of CONVERTERS) {
      for (const ext of exts) {
        const candidate = join(dir, name + ext);
        try {
          accessSync(candidate, constants.X_OK);
          return candidate;
        } catch {
          // not here
        }
      }
    }
  }
  return null;
}

/**
 * A file named "-x.doc" would reach soffice as an option (it takes no "--" to end
 * them): a relative path that starts with "-" is given as "./-x.doc".
 */
export function safeArgument(path: string): string {
  return path.startsWith('-') ? `./${path}` : path;
}

export interface DocConvertOptions {
  /** Give up on LibreOffice after this long. */
  timeoutMs?: number;
  converter?: string | null;
}

/** Converts a .doc to .docx bytes. Throws E_DOC_CONVERTER_MISSING or E_DOC_CONVERT_FAILED. */
export async function convertDocToDocx(path: string, opts: DocConvertOptions = {}): Promise<Buffer> {
  const converter = opts.converter === undefined ? findOfficeConverter() : opts.converter;
  if (!converter) throw new FileError('E_DOC_CONVERTER_MISSING', { path });
  const timeoutMs = opts.timeoutMs ?? 120_000;
  const dir = await mkdtemp(join(tmpdir(), 'reportlint-doc-'));
  try {
    // A private profile: concurrent soffice runs sharing the user's profile block each other.
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const outDir = join(dir, 'out');
    await new Promise<void>((resolve, reject) => {
      execFile(
        converter,
        [
          `-env:UserInstallation=${profile}`,
          '--headless',
          '--norestore',
          '--convert-to',
          'docx',
          '--outdir',
          outDir,
          safeArgument(path),
        ],
        { timeout: timeoutMs, killSignal: 'SIGKILL', windowsHide: true },
        (err, _stdout, stderr) => {
          if (!err) return resolve();
          const seconds = Math.round(timeoutMs / 1000);
          // LibreOffice's own words are English and its internals': REPORTLINT_DEBUG=1 prints them on stderr
          const why = err.killed
            ? { 'zh-CN': `超过 ${seconds} 秒仍未完成`, en: `timed out after ${seconds} s` }
            : causeDetail(String(stderr || err.message).trim(), {
                'zh-CN': 'LibreOffice 报告转换失败',
                en: 'LibreOffice reported a failure',
              });
          reject(new FileError('E_DOC_CONVERT_FAILED', { detail: why, path }));
        },
      );
    });
    const expected = basename(path, extname(path)) + '.docx';
    const produced = (await readdir(outDir).catch(() => [] as string[])).find(
      (f) => f === expected || f.endsWith('.docx'),
    );
    if (!produced)
      throw new FileError('E_DOC_CONVERT_FAILED', {
        detail: { 'zh-CN': '没有生成 .docx 文件', en: 'no .docx was produced' },
        path,
      });
    return await readFile(join(outDir, produced));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
