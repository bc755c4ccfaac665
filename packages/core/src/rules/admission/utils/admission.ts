import { isBuiltin } from '../../../model/builtin.js';
import type { FieldPath } from '../../../model/path.js';
import type { Resource } from '../../../model/resource.js';
import { asArray, asObject, isObject, objectEntries, type PlainObject } from '../../../model/values.js';

/** The Go package whose checks the admission rules mirror. */
export const ADMISSION_VALIDATION = 'k8s.io/kubernetes/pkg/apis/admissionregistration/validation';

const GROUP = 'admissionregistration.k8s.io';

/**
 * Every variable an admission CEL expression may be given (validations, match conditions,
 * messages): each environment declares some of them, so a name outside all of them is never one.
 */
export const ADMISSION_CEL_VARIABLES: ReadonlySet<string> = new Set([
  'object',
  'oldObject',
  'request',
  'params',
  'namespaceObject',
  'authorizer',
  'variables',
]);

/** The webhooks of a Validating- or MutatingWebhookConfiguration, each with its path. */
export function webhooks(resource: Resource): Array<{ webhook: PlainObject; path: FieldPath }> {
  if (!isBuiltin(resource, GROUP, ['ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration'])) return [];
  return objectEntries(resource.object.webhooks).map(([index, webhook]) => ({ webhook, path: ['webhooks', index] }));
}

/** A ValidatingAdmissionPolicy's spec, `{}` when absent (the API server validates the zero value). */
export function policySpec(resource: Resource): PlainObject | undefined {
  if (!isBuiltin(resource, GROUP, ['ValidatingAdmissionPolicy'])) return undefined;
  const spec = resource.object.spec;
  return spec === undefined || spec === null ? {} : asObject(spec);
}

/** A ValidatingAdmissionPolicyBinding's spec, `{}` when absent. */
export function bindingSpec(resource: Resource): PlainObject | undefined {
  if (!isBuiltin(resource, GROUP, ['ValidatingAdmissionPolicyBinding'])) return undefined;
  const spec = resource.object.spec;
  return spec === undefined || spec === null ? {} : asObject(spec);
}

/** The match resources of a policy (`spec.matchConstraints`) or a binding (`spec.matchResources`). */
export function matchResources(resource: Resource): { match: PlainObject; path: FieldPath } | undefined {
  const policy = policySpec(resource);
  const policyMatch = asObject(policy?.matchConstraints);
  if (policyMatch) return { match: policyMatch, path: ['spec', 'matchConstraints'] };
  const bindingMatch = asObject(bindingSpec(resource)?.matchResources);
  return bindingMatch ? { match: bindingMatch, path: ['spec', 'matchResources'] } : undefined;
}

/** Every rule with operations a resource holds: webhook rules, and the (exclude) resource rules of match resources. */
export function rulesWithOperations(resource: Resource): Array<{ rule: PlainObject; path: FieldPath; named: boolean }> {
  const rules: Array<{ rule: PlainObject; path: FieldPath; named: boolean }> = [];
  for (const { webhook, path } of webhooks(resource))
    for (const [index, rule] of objectEntries(webhook.rules))
      rules.push({ rule, path: [...path, 'rules', index], named: false });
  const match = matchResources(resource);
  if (match)
    for (const field of ['resourceRules', 'excludeResourceRules'])
      for (const [index, rule] of objectEntries(match.match[field]))
        rules.push({ rule, path: [...match.path, field, index], named: true });
  return rules;
}

/** A `[]string` as the Go decoder reads it (null and absent are empty); undefined for another shape. */
export function stringList(value: unknown): string[] | undefined {
  if (value !== undefined && value !== null && !Array.isArray(value)) return undefined;
  const list = asArray(value);
  return list.every((item) => typeof item === 'string') ? (list as string[]) : undefined;
}

/** The label selectors of webhooks, match resources and a binding's paramRef, each with its path. */
export function labelSelectors(resource: Resource): Array<{ selector: PlainObject; path: FieldPath }> {
  const selectors: Array<{ selector: PlainObject; path: FieldPath }> = [];
  const add = (value: unknown, path: FieldPath): void => {
    if (isObject(value)) selectors.push({ selector: value, path });
  };
  for (const { webhook, path } of webhooks(resource)) {
    add(webhook.namespaceSelector, [...path, 'namespaceSelector']);
    add(webhook.objectSelector, [...path, 'objectSelector']);
  }
  const match = matchResources(resource);
  if (match) {
    add(match.match.namespaceSelector, [...match.path, 'namespaceSelector']);
    add(match.match.objectSelector, [...match.path, 'objectSelector']);
  }
  add(asObject(bindingSpec(resource)?.paramRef)?.selector, ['spec', 'paramRef', 'selector']);
  return selectors;
}
