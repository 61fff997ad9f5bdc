// A progress bar on stderr while a batch runs: only on a terminal, only for
// several files, so pipes, CI logs and stdout stay clean.
import { createRequire } from 'node:module';
import type { FileResult } from '../result.js';
import type { Lang } from '../rule.js';

export interface Progress {
  tick(result: FileResult): void;
  stop(): void;
}

const NONE: Progress = { tick() {}, stop() {} };

export function createProgress(total: number, lang: Lang, stream: NodeJS.WriteStream = process.stderr): Progress {
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
  return {
    tick(result) {
      bar.update(++done, { file: result.path.length > 40 ? '…' + result.path.slice(-39) : result.path });
    },
    stop() {
      bar.stop();
    },
  };
}
