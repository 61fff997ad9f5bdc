// The CommonJS bundles as ASCII source (scripts/build-bundle.mjs). esbuild escapes the Chinese of
// string and template literals but keeps it in regular expression literals, String.raw templates
// and the comments it keeps, so a bundle is mostly ASCII with a few thousand Han characters.
// One of them makes Node read the whole file through V8's slow UTF-8 path into a two-byte string:
// ~100 M instructions a run for cli.cjs and worker.cjs together (valgrind), about 6 % of checking
// a small .txt, paid by every process and every worker thread before any work.
// Written as \uXXXX escapes (a character beyond the BMP as its surrogate pair), each means the
// same character where it stood: in a regular expression with or without the u flag (a pair
// of escaped surrogates is one code point under u), in a string, in a comment; in a String.raw
// template the raw text changes, and the bundles' String.raw strings are all pieces of
// RegExp sources, where the escape and the character match alike.
// Left alone: U+2028 / U+2029, which end a line comment where they stand and would not as an escape.

/** `source` with every non-ASCII character but U+2028 / U+2029 written as a \uXXXX escape. */
export function asciiSource(source) {
  return source.replace(/(\\*)([^\x00-\x7f\u2028\u2029])/gu, (_, slashes, ch) => {
    // "\中" (a needless escape, in a non-u regex or a string) is 中: the escape takes that backslash's place
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    let escaped = '';
    for (let i = 0; i < ch.length; i++) escaped += `\\u${ch.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')}`;
    return kept + escaped;
  });
}
