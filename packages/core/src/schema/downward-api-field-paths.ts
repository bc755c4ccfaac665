import { qualifiedNameErrors } from './names.js';

/**
 * The pod fields the downward API can expose, as pkg/apis/core/pods.ConvertDownwardAPIFieldLabel
 * knows them (`spec.host` is the old name of `spec.nodeName`), and the subsets each consumer accepts.
 */
const CONVERTIBLE = new Set([
  'metadata.annotations',
  'metadata.labels',
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'spec.nodeName',
  'spec.restartPolicy',
  'spec.serviceAccountName',
  'spec.schedulerName',
  'status.phase',
  'status.hostIP',
  'status.hostIPs',
  'status.podIP',
  'status.podIPs',
  'spec.host',
]);

export const ENV_FIELD_PATHS: readonly string[] = [
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'spec.nodeName',
  'spec.serviceAccountName',
  'status.hostIP',
  'status.hostIPs',
  'status.podIP',
  'status.podIPs',
];

/** What is wrong with a downward API field path, and at which field the API server says so. */
export type FieldPathProblem =
  /** Not a field the downward API knows at all (`error converting fieldPath`), or a bad apiVersion: at `fieldPath`. */
  | { kind: 'unknown'; detail: string }
  /** A known field this consumer cannot expose: NotSupported at `fieldPath`. */
  | { kind: 'unsupported' }
  /** `metadata.labels['…']` with a key that is not a label key: Invalid at the selector itself. */
  | { kind: 'subscript'; reasons: string[] };

/** fieldpath.SplitMaybeSubscriptedPath: `metadata.labels['app']` → `metadata.labels`, `app`. */
function splitSubscript(fieldPath: string): { path: string; subscript: string } | undefined {
  if (!fieldPath.endsWith("']")) return undefined;
  const inner = fieldPath.slice(0, -2);
  const open = inner.indexOf("['");
  if (open <= 0) return undefined;
  return { path: inner.slice(0, open), subscript: inner.slice(open + 2) };
}

/** validateObjectFieldSelector for a fieldRef whose apiVersion (defaulted to v1) and fieldPath are set. */
export function fieldPathProblem(
  apiVersion: string,
  fieldPath: string,
  allowed: readonly string[],
): FieldPathProblem | undefined {
  if (apiVersion !== 'v1')
    return {
      kind: 'unknown',
      detail: `apiVersion ${JSON.stringify(apiVersion)} is not v1, the only version the downward API converts`,
    };
  const subscripted = splitSubscript(fieldPath);
  if (subscripted) {
    const { path, subscript } = subscripted;
    if (path !== 'metadata.labels' && path !== 'metadata.annotations')
      return {
        kind: 'unknown',
        detail: `${path} does not support a subscript; only metadata.labels['…'] and metadata.annotations['…'] do`,
      };
    const reasons = qualifiedNameErrors(path === 'metadata.annotations' ? subscript.toLowerCase() : subscript);
    return reasons.length ? { kind: 'subscript', reasons } : undefined;
  }
  if (!CONVERTIBLE.has(fieldPath))
    return { kind: 'unknown', detail: `${JSON.stringify(fieldPath)} is not a pod field the downward API knows` };
  const converted = fieldPath === 'spec.host' ? 'spec.nodeName' : fieldPath;
  return allowed.includes(converted) ? undefined : { kind: 'unsupported' };
}
