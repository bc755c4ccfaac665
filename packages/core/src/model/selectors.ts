import type { PodSpecSite, Resource } from './resource.js';
import { asArray, asObject, isObject, type PlainObject } from './values.js';

/** Label-selector semantics (metav1.LabelSelectorAsSelector); malformed expressions are left to other checks. */
export function selectorMatches(
  matchLabels: PlainObject,
  expressions: readonly unknown[],
  labels: PlainObject,
): boolean {
  // Indexed loops: this runs for every pair of selector and labels, mostly before V8 optimizes it,
  // where entries and for…of allocate per step.
  const keys = Object.keys(matchLabels);
  for (let at = 0; at < keys.length; at++) {
    const key = keys[at] as string;
    if (labels[key] !== matchLabels[key]) return false;
  }
  for (let at = 0; at < expressions.length; at++) {
    const expression = expressions[at];
    if (!isObject(expression) || typeof expression.key !== 'string') continue;
    const present = Object.prototype.hasOwnProperty.call(labels, expression.key);
    const values = Array.isArray(expression.values) ? expression.values : [];
    const actual = labels[expression.key];
    switch (expression.operator) {
      case 'In':
        if (!present || !values.includes(actual)) return false;
        break;
      case 'NotIn':
        if (present && values.includes(actual)) return false;
        break;
      case 'Exists':
        if (!present) return false;
        break;
      case 'DoesNotExist':
        if (present) return false;
        break;
      default:
        break;
    }
  }
  return true;
}

/** Whether a LabelSelector object (`matchLabels` and `matchExpressions`) selects `labels`. */
export function labelSelectorMatches(selector: PlainObject, labels: PlainObject): boolean {
  return selectorMatches(asObject(selector.matchLabels) ?? {}, asArray(selector.matchExpressions), labels);
}

/** The labels of the pods of a pod spec site (a Pod's own, or its template's). */
export function podLabels(site: PodSpecSite): PlainObject {
  return asObject(site.metadata?.labels) ?? {};
}

/**
 * The Services of one run, grouped by folder, so that every pod template can ask which Services
 * select it without a scan of the whole input each time. The engine builds one per `lint()` call
 * (`context.services.services`).
 */
export class ServiceIndex {
  private readonly byFolder = new Map<string, Resource[]>();
  /** Found once per pod spec, which several rules ask about (a site belongs to one owner). */
  private readonly selectingBySite = new WeakMap<PodSpecSite, readonly Resource[]>();

  constructor(resources: readonly Resource[]) {
    for (const resource of resources) {
      if (resource.kind !== 'Service' || resource.group !== '') continue;
      const folder = folderOf(resource.file);
      const list = this.byFolder.get(folder);
      if (list) list.push(resource);
      else this.byFolder.set(folder, [resource]);
    }
  }

  /**
   * Services of the input whose `spec.selector` selects the pods of `site`. A Service without a
   * selector (or with an empty one) selects nothing: its endpoints are managed by hand. Namespaces
   * match when equal, or when either is unset (both are then applied to the same `-n` namespace).
   */
  selecting(owner: Resource, site: PodSpecSite): readonly Resource[] {
    let services = this.selectingBySite.get(site);
    if (!services) {
      services = this.findSelecting(owner, site);
      this.selectingBySite.set(site, services);
    }
    return services;
  }

  private findSelecting(owner: Resource, site: PodSpecSite): Resource[] {
    const labels = podLabels(site);
    return (
      this.byFolder.get(folderOf(owner.file))?.filter((candidate) => {
        if (
          candidate.namespace !== undefined &&
          owner.namespace !== undefined &&
          candidate.namespace !== owner.namespace
        )
          return false;
        const selector = asObject(asObject(candidate.object.spec)?.selector);
        if (!selector || Object.keys(selector).length === 0) return false;
        return selectorMatches(selector, [], labels);
      }) ?? []
    );
  }
}

/**
 * The manifests of one application sit in one folder. Across folders the same labels (`app: web`)
 * usually belong to unrelated examples or environments, so a Service is only paired with the
 * workloads of its own folder.
 */
export function folderOf(file: string): string {
  return file.slice(0, Math.max(0, file.replace(/\\/g, '/').lastIndexOf('/')));
}
