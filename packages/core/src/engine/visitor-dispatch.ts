import type { Resource } from '../model/resource.js';
import type { RuleVisitors, UpdatePair } from './rule.js';
import type { UpdateGate } from './update-gate.js';

/** The resources a rule's visitors reach, by what the rule visits; indexed once per run. */
export class Reach {
  /** The resources that have pod specs, in order: all that a rule with only `podSpec` visitors can reach. */
  private readonly withPodSpecs: readonly Resource[];
  private readonly byKind = new Map<string, Resource[]>();

  constructor(private readonly resources: readonly Resource[]) {
    this.withPodSpecs = resources.filter((resource) => resource.podSpecs.length > 0);
    for (const resource of resources) {
      const ofKind = this.byKind.get(resource.kind);
      if (ofKind) ofKind.push(resource);
      else this.byKind.set(resource.kind, [resource]);
    }
  }

  /** For a rule whose `resource` visitor looks at `kinds` only (`meta.kinds`; undefined: every kind). */
  of(kinds: readonly string[] | undefined): RuleReach {
    let ofKinds: readonly Resource[] | undefined;
    if (kinds?.length === 1) ofKinds = this.byKind.get(kinds[0] as string) ?? [];
    else if (kinds) ofKinds = this.resources.filter((resource) => kinds.includes(resource.kind));
    return { resources: this.resources, withPodSpecs: this.withPodSpecs, kinds, ofKinds };
  }
}

export interface RuleReach {
  readonly resources: readonly Resource[];
  readonly withPodSpecs: readonly Resource[];
  readonly kinds: readonly string[] | undefined;
  /** The resources of `kinds`, in order; undefined: every resource. */
  readonly ofKinds: readonly Resource[] | undefined;
}

/**
 * Calls a rule's visitors on the resources it reaches. This runs rules × resources times, so the
 * common cases take no closure and no lookup per resource.
 */
export function runVisitors(
  visitors: RuleVisitors,
  reach: RuleReach,
  updatePairs: ReadonlyMap<Resource, UpdatePair>,
  onError: (resource: Resource, error: unknown) => void,
  gate?: UpdateGate,
): void {
  const { resource: onResource, podSpec: onPodSpec, update: onUpdate } = visitors;
  const { resources, kinds } = reach;
  if (updatePairs.size > 0 && (onResource || onPodSpec || onUpdate)) {
    const visit = (resource: Resource): void => {
      if (onResource && (!kinds || kinds.includes(resource.kind))) onResource(resource);
      if (onPodSpec) for (const site of resource.podSpecs) onPodSpec(site, resource);
    };
    for (const resource of resources) {
      try {
        const pair = updatePairs.get(resource);
        // An update is validated as the API server sees it, not as the manifest reads (UpdateGate).
        if (pair && gate) gate.visit(pair, visit);
        else visit(resource);
        if (pair) onUpdate?.(pair);
      } catch (error) {
        onError(resource, error);
      }
    }
  } else if (onResource && onPodSpec) {
    for (const resource of resources) {
      try {
        if (!kinds || kinds.includes(resource.kind)) onResource(resource);
        for (const site of resource.podSpecs) onPodSpec(site, resource);
      } catch (error) {
        onError(resource, error);
      }
    }
  } else if (onResource) {
    for (const resource of reach.ofKinds ?? resources) {
      try {
        onResource(resource);
      } catch (error) {
        onError(resource, error);
      }
    }
  } else if (onPodSpec) {
    // Most rules visit only pod specs: a resource without one costs them nothing.
    for (const resource of reach.withPodSpecs) {
      try {
        for (const site of resource.podSpecs) onPodSpec(site, resource);
      } catch (error) {
        onError(resource, error);
      }
    }
  }
  if (visitors.input) {
    try {
      visitors.input(resources);
    } catch (error) {
      const first = resources[0];
      if (first) onError(first, error);
    }
  }
}
