import { compareVersions, type KubernetesVersion } from '../release/versions.js';
import type { FieldPath } from '../model/path.js';
import type { Resource } from '../model/resource.js';
import { asObject } from '../model/values.js';
import type { KindStatus } from './api-versions.js';
import { isNamespacedKind } from '../model/kinds.js';
import { dns1035LabelErrors, dns1123LabelErrors, dns1123SubdomainErrors, pathSegmentNameErrors } from './names.js';
import { lookupTable } from '../util/lookup-table.js';
import { isIP, strictIPProblem } from '../model/ip.js';

/**
 * metadata.name as each kind's ValidateObjectMeta name function checks it: most kinds want a DNS
 * subdomain, a few a DNS label (the name becomes a DNS name or a label value), RBAC objects only a
 * path segment, and some kinds no check at all.
 */
type NameCheck = { readonly describe: string; readonly errors: (name: string) => string[] };

const SUBDOMAIN: NameCheck = { describe: 'a DNS subdomain', errors: dns1123SubdomainErrors };
const LABEL: NameCheck = { describe: 'a DNS label', errors: dns1123LabelErrors };
const PATH_SEGMENT: NameCheck = { describe: 'a path segment', errors: pathSegmentNameErrors };
const DNS1035: NameCheck = { describe: 'an RFC 1035 DNS label', errors: dns1035LabelErrors };
const IP_ADDRESS: NameCheck = {
  describe: 'an IP address',
  // ValidateIPAddressName reads the name with IsValidIP: strict and canonical.
  errors: (name) => {
    if (!isIP(name)) return ['it must be the IP address the object allocates (e.g. 10.96.0.10)'];
    const problem = strictIPProblem(name);
    return problem === undefined ? [] : [`it ${problem}`];
  },
};

/** RelaxedServiceNameValidation (beta, on by default from 1.35) lets Service names start with a digit. */
function serviceNameCheck(version: KubernetesVersion): NameCheck {
  return compareVersions(version, '1.35') >= 0 ? LABEL : DNS1035;
}

const BY_KIND = lookupTable<NameCheck | null>({
  '/Namespace': LABEL,
  'apps/StatefulSet': LABEL,
  'rbac.authorization.k8s.io/Role': PATH_SEGMENT,
  'rbac.authorization.k8s.io/ClusterRole': PATH_SEGMENT,
  'rbac.authorization.k8s.io/RoleBinding': PATH_SEGMENT,
  'rbac.authorization.k8s.io/ClusterRoleBinding': PATH_SEGMENT,
  // Core v1 Events keep the legacy validation (no name function); the registry checks a path segment.
  '/Event': PATH_SEGMENT,
  // ValidatePodDisruptionBudget checks only the spec; the registry checks a path segment.
  'policy/PodDisruptionBudget': PATH_SEGMENT,
  // ValidateCertificateRequestName checks nothing; the registry checks a path segment.
  'certificates.k8s.io/CertificateSigningRequest': PATH_SEGMENT,
  'certificates.k8s.io/ClusterTrustBundle': null,
  'networking.k8s.io/IPAddress': IP_ADDRESS,
  'internal.apiserver.k8s.io/StorageVersion': null,
});

export interface NameProblem {
  readonly path: FieldPath;
  readonly message: string;
}

const WHY = lookupTable<string>({
  '/Namespace': 'a namespace name becomes part of DNS names and labels',
  '/Service': 'a Service name becomes a DNS label (<service>.<namespace>.svc)',
  'apps/StatefulSet': 'a StatefulSet name becomes part of its pods’ hostnames and labels',
});

/** The problems with a built-in (or CRD-defined) object's name and namespace. */
export function nameProblems(resource: Resource, status: KindStatus, version: KubernetesVersion): NameProblem[] {
  if (status.type !== 'builtin' && status.type !== 'opt-in' && status.type !== 'custom') return [];
  const problems: NameProblem[] = [];
  const name = nameProblem(resource, status, version);
  if (name) problems.push(name);
  const namespace = asObject(resource.object.metadata)?.namespace;
  if (
    typeof namespace === 'string' &&
    namespace !== '' &&
    (status.type === 'custom' || isNamespacedKind(resource.kind))
  ) {
    const errors = dns1123LabelErrors(namespace);
    if (errors.length)
      problems.push({
        path: ['metadata', 'namespace'],
        message: `namespace "${namespace}" is not a valid namespace name: ${errors.join('; ')}; the API server rejects the object`,
      });
  }
  return problems;
}

function nameProblem(resource: Resource, status: KindStatus, version: KubernetesVersion): NameProblem | undefined {
  const metadata = asObject(resource.object.metadata);
  const name = metadata?.name;
  if (name === undefined || name === null || name === '') {
    if (typeof metadata?.generateName === 'string' && metadata.generateName !== '') return undefined;
    // The LimitRange registry names a nameless LimitRange with a UUID on create (its PrepareForCreate).
    if (resource.group === '' && resource.kind === 'LimitRange') return undefined;
    return {
      path: ['metadata', 'name'],
      message: `the object has no metadata.name (nor generateName), which the API server requires; add a name`,
    };
  }
  if (typeof name !== 'string') return undefined;
  const key = status.type === 'custom' ? '' : `${resource.group}/${resource.kind}`;
  const check = key === '/Service' ? serviceNameCheck(version) : key in BY_KIND ? BY_KIND[key] : SUBDOMAIN;
  if (!check) return undefined;
  const errors = check.errors(name);
  if (errors.length === 0) return undefined;
  const why = WHY[key] ? ` (${WHY[key]})` : '';
  return {
    path: ['metadata', 'name'],
    message: `${resource.kind} name "${name}" is not ${check.describe}${why}: ${errors.join('; ')}; the API server rejects the object`,
  };
}
