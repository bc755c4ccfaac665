import { withObject, type Resource, type UpdatePair } from '../model/resource.js';
import { ServiceIndex } from '../model/selectors.js';
import type { KubernetesVersion } from '../release/versions.js';
import { SchemaAnalysis } from '../schema/analyze.js';
import type { SchemaProblemClaim } from '../schema/problems.js';
import { buildUpdateView, type UpdateView } from '../update/update-view.js';

/**
 * What the rules of one `lint()` call share: built the first time a rule asks, and dropped with
 * the run. Nothing is keyed by the identity of the input array, so a caller that lints the same
 * resources twice (the language server's incremental runs) cannot see stale results.
 */
export class RunServices {
  private serviceIndexOfRun: ServiceIndex | undefined;
  private schemaOfRun: SchemaAnalysis | undefined;
  private readonly views = new Map<UpdatePair, UpdateView>();
  private readonly updated = new Map<UpdatePair, Resource>();

  constructor(
    private readonly version: KubernetesVersion,
    private readonly resources: readonly Resource[],
    private readonly crds: readonly Resource[] | undefined,
    /** What the run's rules report instead of the schema rules (their `meta.reportsSchemaProblems`). */
    private readonly schemaClaims: readonly SchemaProblemClaim[],
    /** The CRDs of the whole input when the run lints one part of it; absent, those of `resources`. */
    private readonly inputCrds?: readonly Resource[],
  ) {}

  get serviceIndex(): ServiceIndex {
    this.serviceIndexOfRun ??= new ServiceIndex(this.resources);
    return this.serviceIndexOfRun;
  }

  get schema(): SchemaAnalysis {
    this.schemaOfRun ??= new SchemaAnalysis(
      this.version,
      this.inputCrds ?? this.resources,
      this.crds,
      this.schemaClaims,
    );
    return this.schemaOfRun;
  }

  updateView(pair: UpdatePair): UpdateView {
    let view = this.views.get(pair);
    if (!view) {
      view = buildUpdateView(pair);
      this.views.set(pair, view);
    }
    return view;
  }

  /** The new side of an update as the API server validates it: the update view's object in the manifest's place. */
  updatedResource(pair: UpdatePair): Resource {
    let resource = this.updated.get(pair);
    if (!resource) {
      resource = withObject(pair.new, this.updateView(pair).next);
      this.updated.set(pair, resource);
    }
    return resource;
  }
}
