// Files the service hands out as they are in the package (its OpenAPI description, the report
// schema), found from this module upward: from src/, dist/src/ and dist/bundle/ alike.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function readPackageFile(relative: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'reportlint')
      return readFileSync(join(dir, relative), 'utf8');
    dir = dirname(dir);
  }
  throw new Error(`reportlint's package directory not found above ${fileURLToPath(import.meta.url)}`);
}
