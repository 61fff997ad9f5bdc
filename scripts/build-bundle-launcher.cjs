#!/usr/bin/env node
// The bin (copied to dist/bundle/bin.cjs by scripts/build-bundle.mjs). Compiling the command's
// JavaScript is a large part of a one-file run, and Node 20 keeps no code cache for ES modules
// (module.enableCompileCache needs Node 22.1), so where it can this runs the CommonJS bundle
// (cli.cjs) through vm.Script with V8's cached data, kept beside it per Node version
// (cli.cjs.<node>-<arch>.v8cache, written by the first run that finds none; a cache V8 rejects
// is rewritten). "Where it can": that bundle require()s pdfjs's ES modules, which Node does from
// 20.19 on without a flag or a warning (process.features.require_module); older Nodes, and runs
// with --enable-source-maps (vm.Script gets no source map), run the ES module bundle (cli.js).
'use strict';
const { accessSync, constants, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const Module = require('node:module');
const vm = require('node:vm');

function runCached() {
  const file = join(__dirname, 'cli.cjs');
  const { size, mtimeMs } = statSync(file);
  // the bundle's size and time in the name: a rebuilt bundle never meets an older build's cache
  const cacheFile = `${file}.${process.version}-${process.arch}-${size}-${Math.trunc(mtimeMs)}.v8cache`;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // none yet
  }
  const source = readFileSync(file, 'utf8').replace(/^#!.*/, '');
  // cli.cjs holds no import(): a script compiled from cached data has no dynamic import callback
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  if (!cachedData || script.cachedDataRejected) saveOnExit(script, cacheFile);
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(__dirname);
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, __dirname);
}

/** At exit the cache holds every function this run compiled; written whole or not at all. */
function saveOnExit(script, cacheFile) {
  try {
    accessSync(__dirname, constants.W_OK); // an installation others own: run uncached, never fail
  } catch {
    return;
  }
  process.once('exit', () => {
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    try {
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
    } catch {
      try {
        unlinkSync(tmp);
      } catch {
        // never written
      }
    }
  });
}

if (process.features.require_module && !process.sourceMapsEnabled) runCached();
else import('./cli.js');
