/** Podlint's errors against the oracle's verdict for one variant. */
import type { Finding } from '../../packages/core/src/index.js';
import type { OracleVerdict } from '../../test/support/oracle-client.js';

export type Outcome = 'agreed' | 'false-error' | 'miss' | 'path-mismatch' | 'unjudged';

/** `a.b[2].c` → `a.b[2]`; `a` → ``. */
function parentPath(path: string): string {
  const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
  return cut <= 0 ? '' : path.slice(0, cut);
}

/** Podlint reports at the oracle's path, at a field inside it, or one level above it. */
export function pathMatches(podlintPath: string, oraclePath: string): boolean {
  if (oraclePath === '' || oraclePath === '<nil>') return true;
  if (podlintPath === oraclePath) return true;
  if (podlintPath.startsWith(`${oraclePath}.`) || podlintPath.startsWith(`${oraclePath}[`)) return true;
  return parentPath(oraclePath) === podlintPath;
}

export function classify(errors: readonly Finding[], verdict: OracleVerdict | undefined): Outcome {
  if (!verdict || verdict.verdict === 'unknown') return 'unjudged';
  if (verdict.verdict === 'accept') return errors.length > 0 ? 'false-error' : 'agreed';
  if (errors.length === 0) return 'miss';
  return errors.some((finding) => verdict.errors.some((error) => pathMatches(finding.path, error.field))) ? 'agreed' : 'path-mismatch';
}
