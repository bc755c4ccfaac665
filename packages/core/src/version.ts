import { readFileSync } from 'node:fs';

/** Put in by the bundler (scripts/bundle.mjs) from the root package.json; absent when run from sources. */
declare const PODLINT_VERSION: string | undefined;

/** podlint's version: the root package.json's, the one place it is written. */
export const podlintVersion: string = typeof PODLINT_VERSION === 'string' ? PODLINT_VERSION : sourceTreeVersion();

function sourceTreeVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string })
      .version;
  } catch {
    return '0.0.0-unknown';
  }
}
