// The money/target rule tests share the consistent fixture and a one-line way to break it.
import { readFileSync } from 'node:fs';
import { docFromText, fixture } from '../../helpers.js';

export const FUNDING_OK = readFileSync(fixture('money', 'funding-ok.txt'), 'utf8');

/** The consistent fixture with one phrase replaced (the replaced phrase must occur). */
export function broken(from: string, to: string) {
  if (!FUNDING_OK.includes(from)) throw new Error(`fixture has no ${from}`);
  return docFromText(FUNDING_OK.replace(from, to));
}

/** A document of body text (a first line alone would be read as the title). */
export const body = (text: string) => docFromText(`某项目绩效评价报告\n\n${text}`);
