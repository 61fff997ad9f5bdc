// A path a client asks to have checked ({"path": …}): only inside the directory the service was
// started with (--allow-path), judged after every symlink and ".." is resolved (realpath).
import { realpath } from 'node:fs/promises';
import { isAbsolute, resolve, sep } from 'node:path';

export type PathDecision = { kind: 'inside'; realPath: string } | { kind: 'missing' } | { kind: 'outside' };

/** allowedReal is the allowed directory's own realpath; a relative request is taken from inside it. */
export async function judgePath(requested: string, allowedReal: string): Promise<PathDecision> {
  if (requested === '' || requested.includes('\0')) return { kind: 'outside' };
  const asked = isAbsolute(requested) ? resolve(requested) : resolve(allowedReal, requested);
  let real: string;
  try {
    real = await realpath(asked);
  } catch {
    // nothing there: said as the CLI says it (E_NOT_FOUND) when the path was inside, else refused
    // like any other path outside, so the answer tells nothing about what exists out there
    return isInside(asked, allowedReal) ? { kind: 'missing' } : { kind: 'outside' };
  }
  return isInside(real, allowedReal) ? { kind: 'inside', realPath: real } : { kind: 'outside' };
}

function isInside(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}
