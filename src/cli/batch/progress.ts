// A progress bar on stderr while a batch runs: only on a terminal, only for
// several files, so pipes, CI logs and stdout stay clean.
import { createRequire } from 'node:module';
import type { FileResult } from '../../model/result.js';
import type { Lang } from '../../model/settings.js';

export interface Progress {
  tick(result: FileResult): void;
  stop(): void;
}

const NONE: Progress = { tick() {}, stop() {} };

/**
 * A file name as the bar shows it: control characters (an escape sequence in a
 * name would drive the terminal) become spaces, and a long one keeps its end.
 */
export function displayName(path: string): string {
  const clean = path.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  return clean.length > 40 ? '…' + clean.slice(-39) : clean;
}

/** Ctrl-C (or a kill) while the bar is drawn: the terminal gets its cursor and line wrap back, then the run ends as interrupted. */
const INTERRUPTS = ['SIGINT', 'SIGTERM'] as const;
const exitInterrupted = (signal: NodeJS.Signals) => process.exit(signal === 'SIGINT' ? 130 : 143);

export function createProgress(
  total: number,
  lang: Lang,
  stream: NodeJS.WriteStream = process.stderr,
  onInterrupt: (signal: NodeJS.Signals) => void = exitInterrupted,
): Progress {
  if (!stream.isTTY || total < 2) return NONE;
  // loaded only when a bar is drawn: pipes and CI never pay for it
  const cliProgress = createRequire(import.meta.url)('cli-progress') as typeof import('cli-progress');
  const label = lang === 'en' ? 'files' : '个文件';
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `{bar} {value}/{total} ${label}  {file}`,
      hideCursor: true,
      clearOnComplete: true,
      barsize: 24,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { file: '' });
  let done = 0;
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    for (const s of INTERRUPTS) process.off(s, interrupted);
    bar.stop(); // shows the cursor and turns line wrap back on
  };
  const interrupted = (signal: NodeJS.Signals) => {
    stop();
    onInterrupt(signal);
  };
  for (const s of INTERRUPTS) process.once(s, interrupted);
  return {
    tick(result) {
      bar.update(++done, { file: displayName(result.path) });
    },
    stop,
  };
}
