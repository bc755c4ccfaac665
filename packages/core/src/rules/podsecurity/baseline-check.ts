import { defineRule, type ApiSource, type Rule } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import type { PodSpecSite, Resource } from '../../model/resource.js';
import { enforceLevels, enforcesBaseline, namespaceOf } from './namespace-policy.js';

export interface BaselineViolation {
  /** From the object root. */
  readonly path: FieldPath;
  readonly data: Readonly<Record<string, string | number>>;
}

export interface BaselineCheckOptions {
  readonly id: string;
  readonly description: string;
  readonly help: string;
  /** The PodSecurity check's function in k8s.io/pod-security-admission/policy. */
  readonly source: ApiSource;
  /** What the pod does, `{{...}}` filled from the violation's data; the rule adds why and how it is refused. */
  readonly what: string;
  readonly fix: string;
  readonly violations: (site: PodSpecSite) => BaselineViolation[];
}

/**
 * One Pod Security Standards baseline check. A Pod (or workload template) in a namespace of the
 * input labelled `pod-security.kubernetes.io/enforce: baseline` or `restricted` is refused by
 * PodSecurity admission: a Pod by the API server, a template's pods when the controller creates
 * them (the workload itself is admitted with a warning).
 */
export function baselineCheck(options: BaselineCheckOptions): Rule {
  return defineRule({
    meta: {
      id: options.id,
      severity: 'error',
      origin: 'api-error',
      description: options.description,
      help: options.help,
      fixable: false,
      source: `${options.source.function} (k8s.io/pod-security-admission/policy), enforced by PodSecurity admission`,
      sources: [options.source],
      messages: {
        pod: `${options.what}, which the Pod Security Standards baseline forbids; namespace "{{namespace}}" enforces {{level}}, so PodSecurity admission refuses the Pod: ${options.fix}`,
        template: `${options.what}, which the Pod Security Standards baseline forbids; namespace "{{namespace}}" enforces {{level}}, so PodSecurity admission refuses every pod the {{kind}} creates (the {{kind}} itself is admitted with a warning): ${options.fix}`,
      },
    },
    create(context) {
      return {
        input(resources) {
          const levels = enforceLevels(resources);
          if (levels.size === 0) return;
          for (const resource of resources) {
            const namespace = namespaceOf(resource);
            const level = levels.get(namespace);
            if (!enforcesBaseline(level) || level === undefined) continue;
            // A PodTemplate creates no pods: PodSecurity only warns about it.
            if (resource.kind === 'PodTemplate') continue;
            for (const site of resource.podSpecs) report(resource, site, namespace, level);
          }
        },
      };
      function report(resource: Resource, site: PodSpecSite, namespace: string, level: string): void {
        for (const violation of options.violations(site)) {
          context.report({ resource, path: violation.path, messageId: site.isTemplate ? 'template' : 'pod', data: { ...violation.data, namespace, level, kind: resource.kind } });
        }
      }
    },
  });
}
