// Chinese word segmentation, loaded on first use: nodejieba's dictionaries cost
// about a second and ~300 MB, which a run whose rules need no segmentation never pays.
import { createRequire } from 'node:module';
import type { Segmenter } from './rule.js';

let loaded: Segmenter | null = null;

/** Once per process (per worker thread): the native module holds the dictionaries anyway. */
export function getSegmenter(): Segmenter {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    const jieba = require('nodejieba') as { load: (o?: object) => void; cut: (s: string, hmm?: boolean) => string[] };
    jieba.load();
    loaded = { cut: (s) => jieba.cut(s, true) };
  }
  return loaded;
}

export function segmenterLoaded(): boolean {
  return loaded !== null;
}
