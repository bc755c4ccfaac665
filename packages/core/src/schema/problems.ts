import type { ErrorObject } from 'ajv';
import type { FixIntent } from '../model/fixes.js';
import { formatPath, type FieldPath } from '../model/path.js';
import type { Resource } from '../model/resource.js';
import type { SchemaNavigator } from './navigator.js';
import { shortName } from './enforcement.js';
import { problemsOf, type ProblemContext } from './error-problems.js';

/** Which schema rule reports a problem. */
export type SchemaRuleName =
  'unknown-field' | 'type' | 'required' | 'enum' | 'format' | 'duplicate-entry' | 'label' | 'constraint';

export interface SchemaProblem {
  readonly rule: SchemaRuleName;
  readonly path: FieldPath;
  readonly message: string;
  readonly fix?: FixIntent;
  /** The field the problem is about, `core.v1.ContainerPort.protocol`, when the schema knows its definition. */
  readonly field?: string;
}

/**
 * Schema problems a rule of another area reports in its own words (`meta.reportsSchemaProblems`).
 * While that rule runs (on, and in its release range), the schema rules leave these problems to it;
 * when it is off, they report them themselves, so turning a rule off never hides what the API
 * server refuses.
 */
export interface SchemaProblemClaim {
  /** The kinds of schema problem claimed. */
  readonly problems: readonly SchemaRuleName[];
  /** Problems at this field: the definition as enforcement.ts shortens it, then the property (`core.v1.ContainerPort.protocol`). */
  readonly field?: string;
  /** Problems below a path that passes through these segments in this order (`['topologySpreadConstraints', 'labelSelector']`). */
  readonly within?: readonly string[];
}

/** Whether a claim covers a problem. */
export function claimCovers(claim: SchemaProblemClaim, problem: SchemaProblem): boolean {
  if (!claim.problems.includes(problem.rule)) return false;
  if (claim.field !== undefined) return problem.field === claim.field;
  if (claim.within !== undefined) return passesThrough(problem.path, claim.within);
  return false;
}

function passesThrough(path: FieldPath, segments: readonly string[]): boolean {
  let next = 0;
  for (const segment of path) if (segment === segments[next]) next++;
  return next === segments.length;
}

/** Turns ajv's errors for one object into podlint's problems, one per rule and path. */
export function problemsFromErrors(
  errors: readonly ErrorObject[],
  resource: Resource,
  navigator: SchemaNavigator,
  version: string,
): SchemaProblem[] {
  const context: ProblemContext = { resource, navigator, version };
  const out: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    for (const problem of problemsOf(error, context)) {
      if (isNotValidated(problem, resource)) continue;
      const key = `${problem.rule} ${formatPath(problem.path)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(withField(problem, navigator));
    }
  }
  // An empty value of a required field with a closed value set is one problem, not two.
  const required = new Set(
    out.filter((problem) => problem.rule === 'required').map((problem) => formatPath(problem.path)),
  );
  return out.filter((problem) => problem.rule !== 'enum' || !required.has(formatPath(problem.path)));
}

/**
 * Parts of an object the API server never validates (decoding still applies): a StatefulSet's
 * volumeClaimTemplates and a CronJob's jobTemplate are checked for their spec only, a pod
 * template's metadata only for its labels and annotations (ValidatePodTemplateSpec);
 * a PersistentVolumeClaim's dataSource that names neither a claim nor a VolumeSnapshot is dropped
 * on create when dataSourceRef is unset (EnforceDataSourceBackwardsCompatibility).
 */
function isNotValidated(problem: SchemaProblem, resource: Resource): boolean {
  const [first, second, , fourth] = problem.path;
  const decoding = problem.rule === 'type' || problem.rule === 'unknown-field';
  if (first === 'spec' && second === 'volumeClaimTemplates' && fourth === 'metadata') return !decoding;
  // ValidateJobTemplateSpec checks a CronJob's job template spec, not its metadata.
  if (first === 'spec' && second === 'jobTemplate' && problem.path[2] === 'metadata') return !decoding;
  if (resource.group === '' && resource.kind === 'PersistentVolumeClaim' && first === 'spec' && second === 'dataSource')
    return isDroppedDataSource(resource);
  return isUnvalidatedTemplateMetadata(problem);
}

/** Where pod templates keep their metadata; ValidatePodTemplateSpec checks only its labels and annotations. */
const POD_TEMPLATE_METADATA: readonly (readonly string[])[] = [
  ['spec', 'template', 'metadata'],
  ['template', 'metadata'],
  ['spec', 'jobTemplate', 'spec', 'template', 'metadata'],
];

function isUnvalidatedTemplateMetadata(problem: SchemaProblem): boolean {
  if (problem.rule === 'type' || problem.rule === 'unknown-field') return false;
  return POD_TEMPLATE_METADATA.some((prefix) => {
    if (problem.path.length <= prefix.length || !prefix.every((segment, index) => problem.path[index] === segment))
      return false;
    const field = problem.path[prefix.length];
    return field !== 'labels' && field !== 'annotations';
  });
}

function isDroppedDataSource(claim: Resource): boolean {
  const spec = claim.object.spec as
    { dataSource?: { kind?: unknown; apiGroup?: unknown }; dataSourceRef?: unknown } | undefined;
  if (spec?.dataSourceRef !== undefined && spec.dataSourceRef !== null) return false;
  const source = spec?.dataSource;
  const group = typeof source?.apiGroup === 'string' ? source.apiGroup : '';
  const kept =
    (source?.kind === 'PersistentVolumeClaim' && group === '') ||
    (source?.kind === 'VolumeSnapshot' && group === 'snapshot.storage.k8s.io');
  return !kept;
}

/** The problem with the field it is about, so that claims by field can match it. */
function withField(problem: SchemaProblem, navigator: SchemaNavigator): SchemaProblem {
  // A problem of a list item is about the list's field (`usages[1]` → `….CertificateSigningRequestSpec.usages`).
  const end = typeof problem.path[problem.path.length - 1] === 'number' ? problem.path.length - 1 : problem.path.length;
  const property = problem.path[end - 1];
  const definition =
    typeof property === 'string' ? navigator.objectAt(problem.path.slice(0, end - 1))?.definition : undefined;
  return definition === undefined ? problem : { ...problem, field: `${shortName(definition)}.${String(property)}` };
}
