import { containersOf } from '../model/containers.js';
import type { PodSpecSite, Resource } from '../model/resource.js';
import type { RuleMeta, RuleVisitors, UpdatePair } from './rule.js';
import type { UpdateGate } from './update-gate.js';

/** What a rule declares of the objects its visitors can report on (see `RuleMeta`). */
export type ReachFilter = Pick<RuleMeta, 'kinds' | 'podSpecFields' | 'containerFields'>;

/** The resources a rule's visitors reach, by what the rule visits; indexed once per run. */
export class Reach {
  /** The resources that have pod specs, in order: all that a rule with only `podSpec` visitors can reach. */
  private readonly withPodSpecs: readonly Resource[];
  private readonly byKind = new Map<string, Resource[]>();
  /** The resources whose pod specs write a field (`podSpecFields`, or a container's under `CONTAINER`), in order. */
  private byField: Map<string, Resource[]> | undefined;
  /** Filtered lists by the fields a rule names: rules that read the same fields share one. */
  private readonly byFields = new Map<string, readonly Resource[]>();

  constructor(private readonly resources: readonly Resource[]) {
    this.withPodSpecs = resources.filter((resource) => resource.podSpecs.length > 0);
    for (const resource of resources) {
      const ofKind = this.byKind.get(resource.kind);
      if (ofKind) ofKind.push(resource);
      else this.byKind.set(resource.kind, [resource]);
    }
  }

  /** For a rule whose visitors look at `filter`'s kinds and fields only (undefined: every kind, every pod spec). */
  of(filter: ReachFilter): RuleReach {
    const { kinds } = filter;
    let ofKinds: readonly Resource[] | undefined;
    if (kinds) {
      // A batch of the input seldom holds more than one of a rule's kinds: then no filtering at all.
      let only: readonly Resource[] | undefined;
      let several = false;
      for (const kind of kinds) {
        const ofKind = this.byKind.get(kind);
        if (!ofKind) continue;
        several = only !== undefined;
        if (several) break;
        only = ofKind;
      }
      ofKinds = several ? this.resources.filter((resource) => kinds.includes(resource.kind)) : (only ?? NONE);
    }
    const fields = fieldsOf(filter);
    const withPodSpecs = fields ? this.writing(fields) : this.withPodSpecs;
    return { resources: this.resources, withPodSpecs, fields: fields?.list, kinds, ofKinds };
  }

  /** The resources with a pod spec that writes one of `fields`, in input order. */
  private writing(fields: IndexedFields): readonly Resource[] {
    if (this.withPodSpecs.length === 0) return this.withPodSpecs;
    const known = this.byFields.get(fields.key);
    if (known) return known;
    this.byField ??= indexByField(this.withPodSpecs);
    const lists = fields.list.map((field) => this.byField?.get(field) ?? []).filter((list) => list.length > 0);
    let found: readonly Resource[];
    if (lists.length <= 1) found = lists[0] ?? [];
    else {
      const chosen = new Set(lists.flat());
      found = this.withPodSpecs.filter((resource) => chosen.has(resource));
    }
    this.byFields.set(fields.key, found);
    return found;
  }
}

const NONE: readonly Resource[] = [];

/** How a container's field is named among a pod spec's own: `podSpecFields` and `containerFields` share one index. */
const CONTAINER = 'container:';

interface IndexedFields {
  /** `podSpecFields` and `containerFields`, as indexed. */
  readonly list: readonly string[];
  readonly key: string;
}

/** The fields a rule names, by its meta: worked out once, not once per batch of the input. */
const indexedFields = new WeakMap<ReachFilter, IndexedFields>();

function fieldsOf(filter: ReachFilter): IndexedFields | undefined {
  const { podSpecFields, containerFields } = filter;
  if (!podSpecFields && !containerFields) return undefined;
  let fields = indexedFields.get(filter);
  if (!fields) {
    const list = [...(podSpecFields ?? []), ...(containerFields ?? []).map((field) => CONTAINER + field)];
    fields = { list, key: list.join(' ') };
    indexedFields.set(filter, fields);
  }
  return fields;
}

function indexByField(withPodSpecs: readonly Resource[]): Map<string, Resource[]> {
  const byField = new Map<string, Resource[]>();
  const add = (field: string, resource: Resource): void => {
    const list = byField.get(field);
    if (!list) byField.set(field, [resource]);
    // Once per resource, however many of its containers write the field.
    else if (list[list.length - 1] !== resource) list.push(resource);
  };
  for (const resource of withPodSpecs) {
    for (const site of resource.podSpecs) {
      for (const field in site.spec) if (Object.hasOwn(site.spec, field)) add(field, resource);
      for (const { container } of containersOf(site))
        for (const field in container) if (Object.hasOwn(container, field)) add(CONTAINER + field, resource);
    }
  }
  return byField;
}

/** Whether a pod spec writes one of `fields` (for a resource with several pod specs, each is asked). */
function writesAny(site: PodSpecSite, fields: readonly string[]): boolean {
  return fields.some((field) =>
    field.startsWith(CONTAINER)
      ? containersOf(site).some(({ container }) => Object.hasOwn(container, field.slice(CONTAINER.length)))
      : Object.hasOwn(site.spec, field),
  );
}

export interface RuleReach {
  readonly resources: readonly Resource[];
  /** The resources with pod specs the rule's `podSpec` visitor reaches (those that write its fields, if it names any). */
  readonly withPodSpecs: readonly Resource[];
  /** The fields of `podSpecFields` and `containerFields`, as indexed; undefined: every pod spec. */
  readonly fields: readonly string[] | undefined;
  readonly kinds: readonly string[] | undefined;
  /** The resources of `kinds`, in order; undefined: every resource. */
  readonly ofKinds: readonly Resource[] | undefined;
}

/** Which visitors a rule's `create` returns: the same on every call (`Rule.create`). */
export interface VisitorKinds {
  readonly resource: boolean;
  readonly podSpec: boolean;
  readonly input: boolean;
  readonly update: boolean;
}

export function visitorKindsOf(visitors: RuleVisitors): VisitorKinds {
  return {
    resource: visitors.resource !== undefined,
    podSpec: visitors.podSpec !== undefined,
    input: visitors.input !== undefined,
    update: visitors.update !== undefined,
  };
}

/**
 * Whether `runVisitors` could call any of these visitors on `reach`: false only when every branch
 * it would take visits nothing (a rule with both per-resource visitors is taken to reach every
 * resource, as that branch loops over them all).
 */
export function reachesAny(kinds: VisitorKinds, reach: RuleReach, hasUpdates: boolean): boolean {
  if (kinds.input) return true;
  if (hasUpdates && (kinds.resource || kinds.podSpec || kinds.update)) return true;
  if (kinds.resource && kinds.podSpec) return reach.resources.length > 0;
  if (kinds.resource) return (reach.ofKinds ?? reach.resources).length > 0;
  if (kinds.podSpec) return reach.withPodSpecs.length > 0;
  return false;
}

/**
 * Calls a rule's visitors on the resources it reaches. This runs rules × resources times, so the
 * common cases take no closure and no lookup per resource. The loops are indexed: this runs mostly
 * before V8 optimizes it, where `for…of` allocates an iterator and a result object per step.
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
    for (let at = 0; at < resources.length; at++) {
      const resource = resources[at] as Resource;
      try {
        if (!kinds || kinds.includes(resource.kind)) onResource(resource);
        const { podSpecs } = resource;
        for (let site = 0; site < podSpecs.length; site++) onPodSpec(podSpecs[site] as PodSpecSite, resource);
      } catch (error) {
        onError(resource, error);
      }
    }
  } else if (onResource) {
    const reached = reach.ofKinds ?? resources;
    for (let at = 0; at < reached.length; at++) {
      const resource = reached[at] as Resource;
      try {
        onResource(resource);
      } catch (error) {
        onError(resource, error);
      }
    }
  } else if (onPodSpec) {
    // Most rules visit only pod specs: a resource without one, or without the fields the rule
    // reads, costs them nothing.
    const { fields, withPodSpecs } = reach;
    for (let at = 0; at < withPodSpecs.length; at++) {
      const resource = withPodSpecs[at] as Resource;
      try {
        const { podSpecs } = resource;
        if (podSpecs.length === 1) onPodSpec(podSpecs[0] as PodSpecSite, resource);
        else
          for (let site = 0; site < podSpecs.length; site++) {
            const spec = podSpecs[site] as PodSpecSite;
            if (!fields || writesAny(spec, fields)) onPodSpec(spec, resource);
          }
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
