import type { Resource } from '../model/resource.js';
import type { ServiceIndex } from '../model/selectors.js';
import type { KubernetesVersion } from '../release/versions.js';
import type { SchemaAnalysis } from '../schema/analyze.js';
import type { UpdateView } from '../update/update-view.js';
import type { RuleContext, UpdatePair } from './rule.js';
import type { RunServices } from './run-services.js';

/** What every rule's context of one run holds, made once per run rather than once per rule. */
export class SharedContext {
  constructor(
    readonly kubernetesVersion: KubernetesVersion,
    readonly services: RunServices,
    readonly crds: readonly Resource[] | undefined,
    readonly podSecurityDefaults: Readonly<Record<string, string>> | undefined,
    readonly enabledApiVersions: readonly string[] | undefined,
  ) {}
}

/** A rule's context: the run's shared part and the rule's own `report`. */
export class RunContext implements RuleContext {
  constructor(
    private readonly shared: SharedContext,
    readonly report: RuleContext['report'],
  ) {}

  get kubernetesVersion(): KubernetesVersion {
    return this.shared.kubernetesVersion;
  }

  get crds(): readonly Resource[] | undefined {
    return this.shared.crds;
  }

  get podSecurityDefaults(): Readonly<Record<string, string>> | undefined {
    return this.shared.podSecurityDefaults;
  }

  get enabledApiVersions(): readonly string[] | undefined {
    return this.shared.enabledApiVersions;
  }

  get serviceIndex(): ServiceIndex {
    return this.shared.services.serviceIndex;
  }

  get schema(): SchemaAnalysis {
    return this.shared.services.schema;
  }

  updateView(pair: UpdatePair): UpdateView {
    return this.shared.services.updateView(pair);
  }
}
