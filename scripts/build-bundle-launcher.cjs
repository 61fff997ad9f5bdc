#!/usr/bin/env node
// The bin (copied to dist/bundle/bin.cjs by scripts/build-bundle.mjs): the command's CommonJS
// bundle with V8's code cache where Node allows (code-cache.cjs says when), else its ES module
// bundle.
'use strict';
const { join } = require('node:path');
const { usable, runCached } = require('./code-cache.cjs');

if (usable()) {
  const { save } = runCached(join(__dirname, 'cli.cjs'), module);
  // at exit the cache holds every function this run compiled
  process.once('exit', save);
} else {
  import('./cli.js');
}
