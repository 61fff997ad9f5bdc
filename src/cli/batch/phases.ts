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

export interface PhaseTime {
  name: string;
  duration: number;
}

/** The phases measured in this thread (a worker), removed from its timeline, to be sent to the main thread. */
export function takePhases(): PhaseTime[] {
  if (!process.env.REPORTLINT_PHASES) return [];
  const measures = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('reportlint:'));
  performance.clearMeasures();
  return measures.map((m) => ({ name: m.name, duration: m.duration }));
}

/** A worker's phases on the main thread's timeline, where the bench reads them. */
export function recordPhases(phases: PhaseTime[]): void {
  for (const p of phases)
    performance.measure(p.name, { start: Math.max(0, performance.now() - p.duration), duration: p.duration });
}
