import { defineRule, type ApiSource, type Rule } from '../../../engine/rule.js';
import type { FieldPath } from '../../../model/path.js';
import type { PodSpecSite, Resource } from '../../../model/resource.js';
import { enforceLevels, enforcesBaseline, levelFor } from './namespace-policy.js';

export interface BaselineViolation {
  /** From the object root. */
  readonly path: FieldPath;
  readonly data: Readonly<Record<string, string | number>>;
}

/** One Pod Security Standards baseline check, as data both the Pod rule and the template warning use. */
export interface BaselineCheck {
  /** The PodSecurity check's function in k8s.io/pod-security-admission/policy. */
  readonly source: ApiSource;
  /** What the pod does, `{{...}}` filled from the violation's data. */
  readonly what: string;
  readonly fix: string;
  readonly violations: (site: PodSpecSite) => BaselineViolation[];
}

export interface BaselineRuleOptions {
  readonly id: string;
  readonly description: string;
  /** Inline help, until scripts/rule-pages.ts moves it into the rule's page (then the page is the help). */
  readonly help?: string;
  readonly check: BaselineCheck;
}

/** Each pod spec of the input that a namespace of its own file holds to the baseline (or restricted) level. */
export function* enforcedSites(
  resources: readonly Resource[],
  kinds: 'pods' | 'templates',
): Generator<{ resource: Resource; site: PodSpecSite; namespace: string; level: string }> {
  const levels = enforceLevels(resources);
  if (levels.size === 0) return;
  for (const resource of resources) {
    const policy = levelFor(levels, resource);
    if (!policy || !enforcesBaseline(policy.level)) continue;
    for (const site of resource.podSpecs) {
      // A PodTemplate creates no pods: PodSecurity only warns about it, like about any template.
      if (site.isTemplate === (kinds === 'pods')) continue;
      yield { resource, site, namespace: policy.namespace, level: policy.level };
    }
  }
}

/**
 * A baseline check as an error on Pods: PodSecurity admission refuses a Pod that breaks it in a
 * namespace labelled `pod-security.kubernetes.io/enforce: baseline` or `restricted`. Templates
 * are admitted with a warning (`podsecurity/template-violates-baseline`).
 */
export function baselineRule(options: BaselineRuleOptions): Rule {
  const { check } = options;
  return defineRule({
    meta: {
      id: options.id,
      severity: 'error',
      origin: 'api-error',
      description: options.description,
      help: options.help,
      fixable: false,
      source: `${check.source.function} (k8s.io/pod-security-admission/policy), enforced by PodSecurity admission`,
      sources: [check.source],
      messages: {
        pod: `${check.what}, which the Pod Security Standards baseline forbids; namespace "{{namespace}}" enforces {{level}}, so PodSecurity admission refuses the Pod: ${check.fix}`,
      },
    },
    create(context) {
      return {
        input(resources) {
          for (const { resource, site, namespace, level } of enforcedSites(resources, 'pods')) {
            for (const violation of check.violations(site))
              context.report({
                resource,
                path: violation.path,
                messageId: 'pod',
                data: { ...violation.data, namespace, level },
              });
          }
        },
      };
    },
  });
}
