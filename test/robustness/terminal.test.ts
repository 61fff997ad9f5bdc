// Hostile or unlucky names and signals: the progress bar prints no control
// characters from a file name, Ctrl-C gives the terminal back its cursor and line
// wrap, and a .doc named "-x.doc" reaches LibreOffice as a file, not an option.
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { createProgress, displayName } from '../../src/cli/batch/progress.js';
import { convertDocToDocx } from '../../src/parsers/doc.js';
import type { FileResult } from '../../src/model/result.js';

/** A stream that says it is a terminal, keeping what is written to it. */
function fakeTerminal(): { stream: NodeJS.WriteStream; written: () => string } {
  const stream = new PassThrough() as unknown as NodeJS.WriteStream & PassThrough;
  const chunks: string[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  Object.assign(stream, { isTTY: true, columns: 120, rows: 30 });
  return { stream, written: () => chunks.join('') };
}

const result = (path: string): FileResult => ({ path, format: 'txt', status: 'ok', findings: [] });

describe('the progress bar', () => {
  it('shows a file name with its control characters as spaces', async () => {
    expect(displayName('a\u001b]0;pwned\u0007b\u009b31m.txt')).toBe('a ]0;pwned b 31m.txt');
    const { stream, written } = fakeTerminal();
    const bar = createProgress(3, 'en', stream, () => {});
    bar.tick(result('evil\u001b[2J\u001b]0;title\u0007.txt'));
    await new Promise((r) => setTimeout(r, 150)); // the bar redraws at its own pace
    bar.stop();
    const out = written();
    expect(out).toContain('evil [2J ]0;title .txt');
    expect(out).not.toContain('\u001b[2J');
    expect(out).not.toContain('\u0007');
  });

  it('on Ctrl-C shows the cursor again and turns line wrap back on, then ends the run', () => {
    const { stream, written } = fakeTerminal();
    const before = process.listenerCount('SIGINT');
    const interrupted = vi.fn();
    createProgress(3, 'en', stream, interrupted);
    expect(written()).toContain('\u001b[?25l'); // cursor hidden while drawing
    expect(written()).toContain('\u001b[?7l'); // line wrap off
    process.emit('SIGINT', 'SIGINT');
    expect(interrupted).toHaveBeenCalledWith('SIGINT');
    const tail = written().slice(written().lastIndexOf('\u001b[?7l'));
    expect(tail).toContain('\u001b[?25h');
    expect(tail).toContain('\u001b[?7h');
    expect(process.listenerCount('SIGINT')).toBe(before);
  });

  it('stop() removes its signal handlers', () => {
    const before = process.listenerCount('SIGINT');
    const bar = createProgress(3, 'en', fakeTerminal().stream, () => {});
    expect(process.listenerCount('SIGINT')).toBe(before + 1);
    bar.stop();
    expect(process.listenerCount('SIGINT')).toBe(before);
  });
});

describe('a .doc whose name starts with "-"', () => {
  it('reaches the converter as ./-name.doc', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reportlint-docname-'));
    const fake = join(dir, 'fake-soffice');
    const log = join(dir, 'args.txt');
    writeFileSync(fake, `#!/bin/sh\nfor a in "$@"; do echo "$a" >> '${log}'; done\nexit 1\n`);
    chmodSync(fake, 0o755);
    await expect(convertDocToDocx('-headless.doc', { converter: fake, timeoutMs: 10_000 })).rejects.toMatchObject({
      code: 'E_DOC_CONVERT_FAILED',
    });
    const args = readFileSync(log, 'utf8').trim().split('\n');
    expect(args[args.length - 1]).toBe('./-headless.doc');
    expect(args.filter((a) => a.startsWith('-') && a.endsWith('.doc'))).toEqual([]);
  });
});
