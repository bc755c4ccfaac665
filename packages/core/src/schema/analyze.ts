import type { KubernetesVersion } from '../release/versions.js';
import type { Resource } from '../model/resource.js';
import { classifyKind, type KindStatus } from './api-versions.js';
import { loadCatalog, loadKindIndex, releaseBit } from './catalog.js';
import { CrdIndex, CrdNavigator } from './crd.js';
import { CatalogNavigator } from './navigator.js';
import { claimCovers, problemsFromErrors, type SchemaProblem, type SchemaProblemClaim } from './problems.js';
import { kindValidator } from './validators.js';

/** The release a run targets and the CRDs it knows: what a resource is validated against. */
export interface SchemaScope {
  readonly version: KubernetesVersion;
  readonly crds: CrdIndex;
}

/**
 * One schema pass per resource, shared by every schema/* rule of a run: each rule picks the
 * problems it reports, and the validator runs once however many of them are enabled. The engine
 * builds one per `lint()` call (`context.schema`), so nothing outlives the run.
 */
export class SchemaAnalysis {
  readonly scope: SchemaScope;
  private readonly statuses = new Map<Resource, KindStatus>();
  private readonly problemsOf = new Map<Resource, readonly SchemaProblem[]>();

  /**
   * `input` is the run's resources and `extraCrds` those of `--crd`/`crds:` (their CRDs define
   * custom kinds); `claims` are the problems the run's other rules report in their own words.
   */
  constructor(
    version: KubernetesVersion,
    input: readonly Resource[],
    extraCrds: readonly Resource[] | undefined,
    private readonly claims: readonly SchemaProblemClaim[] = [],
  ) {
    this.scope = { version, crds: crdIndexOf(input, extraCrds) };
  }

  kindStatus(resource: Resource): KindStatus {
    let status = this.statuses.get(resource);
    if (!status) {
      // The same for every resource of an apiVersion and kind, in every run with the same CRDs: a
      // "no match" looks for the closest kind among all, a removed one for what serves it now.
      let known = statusesByKind.get(this.scope.crds);
      if (!known) {
        known = new Map();
        statusesByKind.set(this.scope.crds, known);
      }
      const key = `${this.scope.version}\u0000${resource.apiVersion}\u0000${resource.kind}`;
      status = known.get(key);
      if (!status) {
        status = classifyKind(loadKindIndex(), this.scope.version, resource.apiVersion, resource.kind, this.scope.crds);
        known.set(key, status);
      }
      this.statuses.set(resource, status);
    }
    return status;
  }

  /**
   * The schema problems of a resource (built-in kinds, and custom resources with a known CRD) that
   * the schema rules report: those no running rule claims.
   */
  problems(resource: Resource): readonly SchemaProblem[] {
    let problems = this.problemsOf.get(resource);
    if (!problems) {
      const all = computeProblems(resource, this.scope, this.kindStatus(resource));
      problems =
        this.claims.length === 0
          ? all
          : all.filter((problem) => !this.claims.some((claim) => claimCovers(claim, problem)));
      this.problemsOf.set(resource, problems);
    }
    return problems;
  }
}

/** What each apiVersion and kind is, by release, for the runs that share a CRD index. */
const statusesByKind = new WeakMap<CrdIndex, Map<string, KindStatus>>();

/** The CRD index of each input, with the extra CRDs it was built with: the runs that lint parts of one input share it. */
const crdIndexes = new WeakMap<readonly Resource[], { extra: readonly Resource[]; index: CrdIndex }>();

/**
 * The CRDs of `input` and `extraCrds`, indexed once for every run that lints a part of the same
 * input (`PreparedContext.inputCrds`): with them, what each CRD's schema reads as for validation.
 */
function crdIndexOf(input: readonly Resource[], extraCrds: readonly Resource[] = []): CrdIndex {
  const known = crdIndexes.get(input);
  if (known && known.extra.length === extraCrds.length && known.extra.every((crd, at) => crd === extraCrds[at]))
    return known.index;
  const index = new CrdIndex([...extraCrds, ...input]);
  crdIndexes.set(input, { extra: extraCrds, index });
  return index;
}

function computeProblems(resource: Resource, scope: SchemaScope, status: KindStatus): readonly SchemaProblem[] {
  if (status.type === 'builtin' || status.type === 'opt-in') {
    const errors = kindValidator(scope.version, status.definition)(resource.object);
    if (errors.length === 0) return [];
    const catalog = loadCatalog();
    const navigator = new CatalogNavigator(
      catalog,
      releaseBit(catalog, scope.version),
      scope.version,
      status.definition,
    );
    return problemsFromErrors(errors, resource, navigator, scope.version);
  }
  if (status.type === 'custom' && status.crd.schema) {
    const errors = scope.crds.validate(status.crd, resource.object);
    if (errors.length === 0) return [];
    return problemsFromErrors(errors, resource, new CrdNavigator(status.crd, status.crd.schema), scope.version);
  }
  return [];
}
