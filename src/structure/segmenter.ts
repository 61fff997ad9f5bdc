// Chinese word segmentation, loaded on first use and once per process (per
// worker thread): a run whose rules need no segmentation never pays for it.
// It loads a trimmed dictionary (dict/, made by scripts/make-jieba-dict.mjs):
// ~0.1 s and ~40 MB instead of ~1 s and ~250 MB for nodejieba's full one.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Segmenter } from '../model/rule.js';

let loaded: Segmenter | null = null;

/** The package root (holds dict/), from src/ under tsx or dist/src/ when built. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export function getSegmenter(): Segmenter {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    const jieba = require('nodejieba') as { load: (o?: object) => void; cut: (s: string, hmm?: boolean) => string[] };
    const dict = join(packageRoot(), 'dict');
    jieba.load({
      dict: join(dict, 'jieba.trimmed.utf8'),
      idfDict: join(dict, 'idf.stub.utf8'),
      stopWordDict: join(dict, 'stop_words.stub.utf8'),
    });
    // without the HMM an unknown pair stays two characters: only the dictionary's words come out whole
    loaded = { cut: (s) => jieba.cut(s, true), isWord: (w) => jieba.cut(w, false).length === 1 };
  }
  return loaded;
}

export function segmenterLoaded(): boolean {
  return loaded !== null;
}
