import type { RuleContext } from '../../../engine/rule.js';
import { isBuiltin } from '../../../model/builtin.js';
import type { FieldPath } from '../../../model/path.js';
import type { Resource } from '../../../model/resource.js';
import { asArray, asObject, goString, isSet, type PlainObject } from '../../../model/values.js';
import { dns1123LabelErrors, dns1123SubdomainSyntaxErrors } from '../../../schema/names.js';

/** The Go package whose checks the dra rules mirror, and its declarative validation of the v1 types. */
export const RESOURCE_VALIDATION = 'k8s.io/kubernetes/pkg/apis/resource/validation';
export const RESOURCE_DECLARATIVE = 'k8s.io/kubernetes/pkg/apis/resource/v1';

const GROUP = 'resource.k8s.io';

/** The one variable of a device selector's CEL expression. */
export const DEVICE_CEL_VARIABLES: ReadonlySet<string> = new Set(['device']);
/** The versions whose requests keep their fields under `exactly` (v1beta1 has them flattened). */
const VERSIONS = new Set(['v1', 'v1beta2']);

/** One of the DRA kinds, in a version with the v1 shape. */
export function isDraKind(resource: Resource, kind: string): boolean {
  return isBuiltin(resource, GROUP, [kind]) && VERSIONS.has(resource.version);
}

/** An object's field as the API server validates it: `{}` when absent or null, undefined for another shape. */
export function objectOrEmpty(value: unknown): PlainObject | undefined {
  return value === undefined || value === null ? {} : asObject(value);
}

/** The device claim of a ResourceClaim (`spec.devices`) or a ResourceClaimTemplate (`spec.spec.devices`). */
export function deviceClaim(resource: Resource): { claim: PlainObject; path: FieldPath } | undefined {
  if (isDraKind(resource, 'ResourceClaim')) {
    const claim = objectOrEmpty(objectOrEmpty(resource.object.spec)?.devices);
    return claim ? { claim, path: ['spec', 'devices'] } : undefined;
  }
  if (isDraKind(resource, 'ResourceClaimTemplate')) {
    const claim = objectOrEmpty(objectOrEmpty(objectOrEmpty(resource.object.spec)?.spec)?.devices);
    return claim ? { claim, path: ['spec', 'spec', 'devices'] } : undefined;
  }
  return undefined;
}

/** A `[]string` as the Go decoder reads it (null and absent are empty); undefined for another shape. */
export function stringList(value: unknown): string[] | undefined {
  if (value !== undefined && value !== null && !Array.isArray(value)) return undefined;
  const list = asArray(value);
  return list.every((item) => typeof item === 'string') ? (list as string[]) : undefined;
}

/** Why a DNS-1123 label (request, device and counter names) is refused; empty when it is valid. */
export function labelProblems(value: string): string[] {
  return value === '' ? ['it is empty'] : dns1123LabelErrors(value);
}

/** ValidateCSIDriverName, the rule for every DRA driver name: required, at most 63 characters, a DNS subdomain in any case. */
export function driverNameProblems(value: string): string[] {
  if (value === '') return ['it is empty'];
  const problems = value.length > 63 ? [`it is ${value.length} characters long; the limit is 63`] : [];
  return [...problems, ...dns1123SubdomainSyntaxErrors(value.toLowerCase())];
}

/**
 * A counter set (ResourceSlice sharedCounters, named by `name`) or a device's use of one
 * (consumesCounters, naming it by `counterSet`): a DNS-label name, and at least one counter.
 * Reports `counterSetName` and `countersRequired`, which the rules that use it define.
 */
export function reportCounters(
  context: RuleContext,
  resource: Resource,
  entry: PlainObject,
  nameField: 'name' | 'counterSet',
  path: FieldPath,
): void {
  const name = goString(entry[nameField]);
  const reasons = name === undefined ? [] : labelProblems(name);
  if (reasons.length > 0)
    context.report({
      resource,
      path: [...path, nameField],
      messageId: 'counterSetName',
      data: { value: JSON.stringify(name), reasons: reasons.join('; ') },
    });
  const counters = entry.counters;
  // Counters of another shape are the schema's to report.
  if (counters === undefined || counters === null || Object.keys(asObject(counters) ?? { other: true }).length === 0)
    context.report({ resource, path: [...path, 'counters'], messageId: 'countersRequired' });
}

/**
 * validateDeviceConfiguration, shared by claims and classes: opaque parameters are required, and
 * their driver must be a driver name. Reports `opaqueRequired` and `driverInvalid`, which the rules
 * that use it define.
 */
export function reportDeviceConfiguration(
  context: RuleContext,
  resource: Resource,
  config: PlainObject,
  path: FieldPath,
): void {
  if (!isSet(config.opaque)) {
    context.report({ resource, path: [...path, 'opaque'], messageId: 'opaqueRequired' });
    return;
  }
  const driver = goString(asObject(config.opaque)?.driver);
  const reasons = driver === undefined ? [] : driverNameProblems(driver);
  if (reasons.length > 0)
    context.report({
      resource,
      path: [...path, 'opaque', 'driver'],
      messageId: 'driverInvalid',
      data: { value: JSON.stringify(driver), reasons: reasons.join('; ') },
    });
}
