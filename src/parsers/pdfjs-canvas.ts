// pdfjs's legacy build, as it is imported in Node, requires @napi-rs/canvas (a 30 MB
// native addon: ~20 ms and ~28 MB a process) only to polyfill DOMMatrix, ImageData and
// Path2D for drawing pages on a canvas. reportlint never draws: it reads text content and
// operator lists, which pdfjs builds without them. Node's require cache ("Adding or
// replacing entries is also possible", Node's modules docs) answers that require with
// stand-ins instead, before pdfjs loads. Anything that would draw throws, so a rendering
// path can never run half-working and unseen.
import { Module, createRequire } from 'node:module';

/** What pdfjs takes from the addon. */
class DOMMatrix {
  // pdfjs makes one as it loads (`const SCALE_MATRIX = new DOMMatrix()`) and uses it only to draw paths
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
}
const drawing = (what: string) =>
  class {
    constructor() {
      throw new Error(`reportlint does not render PDF pages (${what})`);
    }
  };
const STAND_INS = {
  DOMMatrix,
  ImageData: drawing('ImageData'),
  Path2D: drawing('Path2D'),
  createCanvas: (): never => {
    throw new Error('reportlint does not render PDF pages (createCanvas)');
  },
};

/**
 * The addon's entry files as pdfjs would resolve them: from the pdfjs that pdf-parse
 * loads and from the one this package imports (one copy when the versions agree).
 */
function canvasPaths(): string[] {
  const here = createRequire(import.meta.url);
  const paths = new Set<string>();
  for (const from of ['pdf-parse', null]) {
    try {
      const base = from ? createRequire(here.resolve(from)) : here;
      paths.add(createRequire(base.resolve('pdfjs-dist/legacy/build/pdf.mjs')).resolve('@napi-rs/canvas'));
    } catch {
      // not installed there: pdfjs warns and goes on, as it would without this
    }
  }
  return [...paths];
}

/** Call before pdfjs is imported; harmless when the addon is loaded already (it is then kept). */
export function keepCanvasUnloaded(): void {
  const cache = createRequire(import.meta.url).cache;
  for (const path of canvasPaths()) {
    if (cache[path]) continue;
    const m = new Module(path);
    m.filename = path;
    m.loaded = true;
    m.exports = STAND_INS;
    cache[path] = m;
  }
}
