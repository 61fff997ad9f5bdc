// Copied to dist/bundle/code-cache.cjs by scripts/build-bundle.mjs; bin.cjs (the command) and
// worker.js (a batch's worker threads) run their CommonJS bundle through it.
// Compiling the JavaScript is a large part of a one-file run, and Node 20 keeps no code cache for
// ES modules (module.enableCompileCache needs Node 22.1), so a CommonJS bundle is compiled
// through vm.Script with V8's cached data, kept beside it per Node version, architecture and build
// (<bundle>.<node>-<arch>-<size>-<mtime>.v8cache). A run that finds none, or whose cache V8
// rejects, writes one; only where the directory is writable, whole or not at all.
// Usable where require() loads ES modules (Node 20.19 on, process.features.require_module): the
// bundles require() pdfjs's. With --enable-source-maps the ES module bundle runs instead
// (vm.Script gets no source map).
'use strict';
const { accessSync, constants, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } = require('node:fs');
const { dirname } = require('node:path');
const Module = require('node:module');
const vm = require('node:vm');
const { threadId } = require('node:worker_threads');

const usable = () => Boolean(process.features.require_module) && !process.sourceMapsEnabled;

/**
 * Runs a CommonJS bundle; returns its exports and `save`, which writes the cache (with every
 * function compiled so far) when this run has to, and otherwise does nothing. Call it once the
 * work is done: at exit for the command, after a first file in a worker.
 */
function runCached(file, parent) {
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
  // the bundles hold no import(): a script compiled from cached data has no dynamic import callback
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  let save = () => undefined;
  if ((!cachedData || script.cachedDataRejected) && writable(dirname(file))) {
    save = () => {
      save = () => undefined;
      const tmp = `${cacheFile}.${process.pid}-${threadId}.tmp`;
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
    };
  }
  const mod = new Module(file, parent);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(dirname(file));
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, dirname(file));
  return { exports: mod.exports, save: () => save() };
}

/** An installation others own: run uncached, never fail. */
function writable(dir) {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

module.exports = { usable, runCached };
