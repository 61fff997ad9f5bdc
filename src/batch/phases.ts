// Phase timings for `npm run bench` (scripts/bench-rss.cjs reads them): put on
// the performance timeline only when REPORTLINT_PHASES is set, so an ordinary
// run, however many files it checks, keeps no entries.
import { performance } from 'node:perf_hooks';

export type PhaseName = 'read' | 'rules' | 'report';

export async function timePhase<T>(name: PhaseName, work: () => Promise<T> | T): Promise<T> {
  if (!process.env.REPORTLINT_PHASES) return work();
  const start = performance.now();
  try {
    return await work();
  } finally {
    performance.measure(`reportlint:${name}`, { start, end: performance.now() });
  }
}
