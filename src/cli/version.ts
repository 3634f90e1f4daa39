import { readFileSync } from 'node:fs';

/** The version in package.json, two folders above the compiled CLI (dist/src/cli → the package root). */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}
