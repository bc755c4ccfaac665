import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let loaded: typeof import('node:crypto') | undefined;

/**
 * node:crypto, loaded when first used: loading it costs 2–3 ms, a tenth of what linting one small
 * file adds to Node's own start, and most runs hash nothing (only --cache, --fix and validators
 * compiled at run time do). A static import would load it at start-up, bundled or not.
 */
export function nodeCrypto(): typeof import('node:crypto') {
  loaded ??= require('node:crypto') as typeof import('node:crypto');
  return loaded;
}
