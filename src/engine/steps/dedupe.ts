// One finding per rule, message and place: two paths of a rule that reach the same contradiction (a figure
// read from a table and again from the sentence restating it at the same place) say it once. The first wins.
import type { Finding } from '../../model/result.js';

export function dedupe<F extends Finding>(findings: F[]): F[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = JSON.stringify([f.ruleId, f.message, f.locations[0]]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
