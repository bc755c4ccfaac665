/**
 * What the API server changes in an object beyond its defaults, before validation: the admission
 * of a create (the stored object a manifest became) and, on an update, the REST storage's
 * `patchAllocatedValues` and the strategy's `PrepareForUpdate`. Create-time checks that run on an
 * update see the object only after these, so a rule can be right about the manifest and still
 * wrong about the update (a nodePort left behind on a NodePort → ClusterIP change is cleared).
 */
import { asArray, asObject, isObject, type PlainObject } from '../model/values.js';

const MIRROR_POD_ANNOTATION = 'kubernetes.io/config.mirror';

/**
 * The object stored for a manifest created as is, by the admission plugins enabled by default: the
 * ServiceAccount plugin gives a Pod without a service account the namespace's `default` one, and
 * the Priority plugin gives a Pod without a priority class priority 0 and PreemptLowerPriority (a
 * cluster without a default PriorityClass, the usual one). Mutates `object`.
 */
export function admitOnCreate(kind: string, object: PlainObject): void {
  if (kind !== 'Pod') return;
  const spec = asObject(object.spec);
  if (!spec) return;
  if (isEmpty(spec.priorityClassName)) {
    if (spec.priority === undefined || spec.priority === null) spec.priority = 0;
    if (spec.preemptionPolicy === undefined || spec.preemptionPolicy === null)
      spec.preemptionPolicy = 'PreemptLowerPriority';
  }
  if (asObject(asObject(object.metadata)?.annotations)?.[MIRROR_POD_ANNOTATION] !== undefined) return;
  if (isEmpty(spec.serviceAccountName) && isEmpty(spec.serviceAccount)) {
    spec.serviceAccountName = 'default';
    spec.serviceAccount = 'default';
  }
}

/** The update's object as validation sees it: `next` (defaults filled) is changed in place. */
export function prepareForUpdate(group: string, kind: string, next: PlainObject, old: PlainObject): void {
  if (group === 'certificates.k8s.io' && kind === 'CertificateSigningRequest') keepSigningRequest(next, old);
  // A custom resource may be called Service too.
  if (group !== '' || kind !== 'Service') return;
  const oldSpec = asObject(old.spec);
  if (!oldSpec) return;
  const nextSpec = asObject(next.spec) ?? {};
  next.spec = nextSpec;
  patchAllocatedValues(nextSpec, oldSpec);
  dropTypeDependentFields(nextSpec, oldSpec);
}

/**
 * pkg/registry/certificates/certificates/strategy.go: a request's spec is written once and its
 * status only through the status and approval subresources, so an update validates the stored spec
 * and status, never the manifest's. The checks the validation waives for what the old request
 * already had (legacy signer, unknown or repeated usages) report with `createOnly`.
 */
function keepSigningRequest(next: PlainObject, old: PlainObject): void {
  if (old.spec === undefined) delete next.spec;
  else next.spec = structuredClone(old.spec);
  if (old.status === undefined) delete next.status;
  else next.status = structuredClone(old.status);
}

/** pkg/registry/core/service/storage: values allocated to the live Service are kept when the update omits them. */
function patchAllocatedValues(next: PlainObject, old: PlainObject): void {
  if (needsClusterIP(old) && needsClusterIP(next)) {
    if (isEmpty(next.clusterIP) && !isEmpty(old.clusterIP)) next.clusterIP = old.clusterIP;
    if (asArray(next.clusterIPs).length === 0 && asArray(old.clusterIPs).length > 0) next.clusterIPs = old.clusterIPs;
    // The IP allocator keeps the families and their policy the same way.
    if (isEmpty(next.ipFamilyPolicy) && !isEmpty(old.ipFamilyPolicy)) next.ipFamilyPolicy = old.ipFamilyPolicy;
    if (asArray(next.ipFamilies).length === 0 && asArray(old.ipFamilies).length > 0) next.ipFamilies = old.ipFamilies;
  }
  if (needsNodePort(old) && needsNodePort(next)) {
    const oldUsed = nodePortsOf(old);
    const nextUsed = nodePortsOf(next);
    const byName = new Map<unknown, unknown>();
    for (const port of ports(old)) byName.set(port.name ?? '', port.nodePort);
    for (const port of ports(next)) {
      if (!isEmpty(port.nodePort)) continue;
      const previous = byName.get(port.name ?? '');
      if (typeof previous === 'number' && previous !== 0 && !(oldUsed.has(previous) && nextUsed.has(previous)))
        port.nodePort = previous;
    }
  }
  if (needsHealthCheckNodePort(old) && needsHealthCheckNodePort(next) && isEmpty(next.healthCheckNodePort))
    if (!isEmpty(old.healthCheckNodePort)) next.healthCheckNodePort = old.healthCheckNodePort;
}

/**
 * pkg/registry/core/service/strategy.go: fields of the old type that the new type does not use are
 * cleared when the update leaves them as they were (a changed value is the user's, and validated).
 */
function dropTypeDependentFields(next: PlainObject, old: PlainObject): void {
  if (needsClusterIP(old) && !needsClusterIP(next)) {
    if (same(old.clusterIP, next.clusterIP) && sameList(old.clusterIPs, next.clusterIPs)) {
      delete next.clusterIP;
      delete next.clusterIPs;
    }
    if (sameList(old.ipFamilies, next.ipFamilies)) delete next.ipFamilies;
    if (same(old.ipFamilyPolicy, next.ipFamilyPolicy)) delete next.ipFamilyPolicy;
  }
  if (needsNodePortByType(old) && !needsNodePortByType(next)) {
    const oldPorts = nodePortsOf(old);
    if ([...nodePortsOf(next)].every((port) => oldPorts.has(port)))
      for (const port of ports(next)) delete port.nodePort;
  }
  if (
    needsHealthCheckNodePort(old) &&
    !needsHealthCheckNodePort(next) &&
    same(old.healthCheckNodePort, next.healthCheckNodePort)
  )
    delete next.healthCheckNodePort;
  if (old.type === 'LoadBalancer' && next.type !== 'LoadBalancer') {
    if (
      typeof next.allocateLoadBalancerNodePorts === 'boolean' &&
      next.allocateLoadBalancerNodePorts === old.allocateLoadBalancerNodePorts
    )
      delete next.allocateLoadBalancerNodePorts;
    if (same(old.loadBalancerClass, next.loadBalancerClass)) delete next.loadBalancerClass;
  }
  if (
    externallyAccessible(old) &&
    !externallyAccessible(next) &&
    same(old.externalTrafficPolicy, next.externalTrafficPolicy)
  )
    delete next.externalTrafficPolicy;
}

function ports(spec: PlainObject): PlainObject[] {
  return asArray(spec.ports).filter(isObject);
}

function nodePortsOf(spec: PlainObject): Set<unknown> {
  return new Set(ports(spec).flatMap((port) => (isEmpty(port.nodePort) ? [] : [port.nodePort])));
}

function needsClusterIP(spec: PlainObject): boolean {
  return spec.type !== 'ExternalName';
}

/** The strategy's needsNodePort: by type alone. */
function needsNodePortByType(spec: PlainObject): boolean {
  return spec.type === 'NodePort' || spec.type === 'LoadBalancer';
}

/** The storage's needsNodePort: a LoadBalancer may opt out of node ports. */
function needsNodePort(spec: PlainObject): boolean {
  return spec.type === 'NodePort' || (spec.type === 'LoadBalancer' && spec.allocateLoadBalancerNodePorts !== false);
}

function needsHealthCheckNodePort(spec: PlainObject): boolean {
  return spec.type === 'LoadBalancer' && spec.externalTrafficPolicy === 'Local';
}

function externallyAccessible(spec: PlainObject): boolean {
  return (
    spec.type === 'LoadBalancer' ||
    spec.type === 'NodePort' ||
    (spec.type === 'ClusterIP' && asArray(spec.externalIPs).length > 0)
  );
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || value === 0;
}

/** Go's comparison of two decoded values, where an absent field is its zero value. */
function same(a: unknown, b: unknown): boolean {
  return (isEmpty(a) && isEmpty(b)) || a === b;
}

function sameList(a: unknown, b: unknown): boolean {
  const left = asArray(a);
  const right = asArray(b);
  return left.length === right.length && left.every((item, i) => item === right[i]);
}
