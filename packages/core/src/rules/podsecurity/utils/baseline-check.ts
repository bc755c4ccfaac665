import { defineRule, type ApiSource, type Rule } from '../../../engine/rule.js';
import type { FieldPath } from '../../../model/path.js';
import type { PodSpecSite, Resource } from '../../../model/resource.js';
import type { KubernetesVersion } from '../../../release/versions.js';
import {
  namespacePolicies,
  policyFor,
  type LevelVersion,
  type NamespacePolicy,
  type PodSecurityLevel,
} from './namespace-policy.js';

export interface BaselineViolation {
  /** From the object root. */
  readonly path: FieldPath;
  readonly data: Readonly<Record<string, string | number>>;
}

/** One Pod Security Standards check, as data the Pod rules, the template warning and the warn/audit warning use. */
export interface BaselineCheck {
  /** The check's id in k8s.io/pod-security-admission/policy (`hostNamespaces`, `runAsNonRoot`…). */
  readonly id: string;
  /** The lowest level that runs it: restricted includes every baseline check. Absent: baseline. */
  readonly level?: 'baseline' | 'restricted';
  /** The first Pod Security Standards version (1.x) with the check. Absent: every version. */
  readonly sinceMinor?: number;
  /** The PodSecurity check's function in k8s.io/pod-security-admission/policy. */
  readonly source: ApiSource;
  /** What the pod does, `{{...}}` filled from the violation's data. */
  readonly what: string;
  readonly fix: string;
  /** The violations at a Pod Security Standards version (a minor of 1.x) and level. */
  readonly violations: (site: PodSpecSite, minor: number, level: PodSecurityLevel) => BaselineViolation[];
}

export interface BaselineRuleOptions {
  readonly id: string;
  readonly description: string;
  /** Inline help, until scripts/rule-pages.ts moves it into the rule's page (then the page is the help). */
  readonly help?: string;
  readonly check: BaselineCheck;
}

/** The minor of the standards a level is evaluated at: its pinned version, at most the target release's. */
export function evaluatedMinor(levelVersion: LevelVersion, release: KubernetesVersion): number {
  const releaseMinor = Number(release.split('.')[1]);
  return Math.min(levelVersion.minor ?? releaseMinor, releaseMinor);
}

/** The checks PodSecurity runs for a level at a version, restricted ones replacing the baseline ones they override. */
export function checksFor(checks: readonly BaselineCheck[], level: PodSecurityLevel, minor: number): BaselineCheck[] {
  if (level === 'privileged') return [];
  return checks.filter(
    (check) =>
      (check.level !== 'restricted' || level === 'restricted') &&
      (check.sinceMinor ?? 0) <= minor &&
      !(level === 'restricted' && overriddenAt(check.id, minor)),
  );
}

export interface PolicySite {
  readonly resource: Resource;
  readonly site: PodSpecSite;
  readonly policy: NamespacePolicy;
}

type PodSecurityDefaults = Readonly<Record<string, string>> | undefined;

/**
 * The policy sites of an input, found once for the twenty-odd PodSecurity rules that each ask: the
 * engine hands every rule of a run the same resource list. Kept with the defaults they were found
 * under, which are the run's too.
 */
const policySitesByInput = new WeakMap<
  readonly Resource[],
  { defaults: PodSecurityDefaults; pods: PolicySite[]; templates: PolicySite[] }
>();

/** Each pod spec of the input whose namespace has a PodSecurity policy: from its labels in the same file, or the cluster's defaults. */
export function policySites(
  resources: readonly Resource[],
  kinds: 'pods' | 'templates',
  defaults: PodSecurityDefaults,
): readonly PolicySite[] {
  let found = policySitesByInput.get(resources);
  if (!found || found.defaults !== defaults) {
    found = { defaults, pods: [], templates: [] };
    const policies = namespacePolicies(resources, defaults);
    if (policies.size > 0 || defaults) {
      for (const resource of resources) {
        const policy = policyFor(policies, resource, defaults);
        if (!policy) continue;
        // A PodTemplate creates no pods: PodSecurity only warns about it, like about any template.
        for (const site of resource.podSpecs)
          (site.isTemplate ? found.templates : found.pods).push({ resource, site, policy });
      }
    }
    policySitesByInput.set(resources, found);
  }
  return found[kinds];
}

/** A check's `what` with a violation's data filled in. */
export function describeViolation(check: BaselineCheck, violation: BaselineViolation): string {
  return check.what.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => String(violation.data[key] ?? whole));
}

/**
 * A Pod Security Standards check as an error on Pods: PodSecurity admission refuses a Pod that
 * breaks it in a namespace labelled `pod-security.kubernetes.io/enforce` with a level that runs
 * the check (at the pinned `enforce-version`). Templates are admitted with a warning
 * (`podsecurity/template-violates-baseline`).
 */
export function baselineRule(options: BaselineRuleOptions): Rule {
  const { check } = options;
  const level = check.level ?? 'baseline';
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
        pod: `${check.what}, which the Pod Security Standards ${level} level forbids; namespace "{{namespace}}" enforces {{level}}, so PodSecurity admission refuses the Pod: ${check.fix}`,
      },
    },
    create(context) {
      return {
        input(resources) {
          for (const { resource, site, policy } of policySites(resources, 'pods', context.podSecurityDefaults)) {
            const minor = evaluatedMinor(policy.enforce, context.kubernetesVersion);
            if (!checksFor([check], policy.enforce.level, minor).length) continue;
            for (const violation of check.violations(site, minor, policy.enforce.level))
              context.report({
                resource,
                path: violation.path,
                messageId: 'pod',
                data: { ...violation.data, namespace: policy.namespace, level: levelName(policy.enforce) },
              });
          }
        },
      };
    },
  });
}

/**
 * Baseline checks that a restricted check replaces at the restricted level, by the version it does
 * it from (capabilities_restricted, restrictedVolumes, seccompProfile_restricted); procMount_restricted is the procMount check without its user-namespace relief.
 */
const OVERRIDDEN_BY_RESTRICTED: Readonly<Record<string, number>> = {
  capabilities_baseline: 22,
  hostPathVolumes: 0,
  seccompProfile_baseline: 19,
};

function overriddenAt(id: string, minor: number): boolean {
  const since = OVERRIDDEN_BY_RESTRICTED[id];
  return since !== undefined && since <= minor;
}

/** `restricted`, or `restricted:v1.29` when pinned: how PodSecurity names a level in its messages. */
export function levelName(levelVersion: LevelVersion): string {
  return levelVersion.minor === undefined ? levelVersion.level : `${levelVersion.level}:v1.${levelVersion.minor}`;
}
