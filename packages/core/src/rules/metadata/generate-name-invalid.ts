import { defineRule } from '../../engine/rule.js';
import { isIP } from '../../model/ip.js';
import type { Resource } from '../../model/resource.js';
import { asObject } from '../../model/values.js';
import { compareVersions, type KubernetesVersion } from '../../release/versions.js';
import { dns1035LabelErrors, dns1123LabelErrors, dns1123SubdomainErrors } from '../../schema/names.js';
import { lookupTable } from '../../util/lookup-table.js';

type NameErrors = (name: string) => string[];

/**
 * The name function each kind's ValidateObjectMeta applies to generateName (with prefix = true).
 * `null`: the kind's validation leaves generateName to the generic path-segment check (RBAC
 * objects, kinds validated with ValidateObjectMetaWithOpts, kinds without object-meta validation).
 * Kinds not listed use a DNS subdomain; a CustomResourceDefinition's also wants <plural>.<group>.
 */
const BY_KIND = lookupTable<NameErrors | null>({
  '/Namespace': dns1123LabelErrors,
  'apps/StatefulSet': dns1123LabelErrors,
  '/ReplicationController': null,
  // A core v1 Event gets legacy validation only; an events.k8s.io Event is a DNS subdomain on create.
  '/Event': null,
  'policy/PodDisruptionBudget': null,
  'rbac.authorization.k8s.io/Role': null,
  'rbac.authorization.k8s.io/ClusterRole': null,
  'rbac.authorization.k8s.io/RoleBinding': null,
  'rbac.authorization.k8s.io/ClusterRoleBinding': null,
  'certificates.k8s.io/CertificateSigningRequest': null,
  'certificates.k8s.io/ClusterTrustBundle': null,
  'resource.k8s.io/DeviceClass': null,
  'networking.k8s.io/IPAddress': (name) => (isIP(name) ? [] : ['it must be a valid IP address (e.g. 10.9.8.7)']),
});

/**
 * Kinds whose update validation runs the name function on generateName again (their strategy's
 * ValidateUpdate validates the new object's metadata as on create); the others check it only on
 * create. Each was confirmed with the oracle (an update adding generateName: UPPER).
 */
const CHECKED_ON_UPDATE = new Set([
  '/Namespace',
  '/ServiceAccount',
  '/Endpoints',
  '/PersistentVolumeClaim',
  'networking.k8s.io/Ingress',
  'networking.k8s.io/IngressClass',
  'networking.k8s.io/IPAddress',
  'storage.k8s.io/StorageClass',
  'storage.k8s.io/VolumeAttachment',
  'storage.k8s.io/VolumeAttributesClass',
  'flowcontrol.apiserver.k8s.io/FlowSchema',
  'admissionregistration.k8s.io/ValidatingAdmissionPolicy',
  'resource.k8s.io/ResourceClaimTemplate',
  '/Pod',
  '/Node',
  '/ConfigMap',
  'node.k8s.io/RuntimeClass',
  'storage.k8s.io/CSINode',
  '/Secret',
  '/LimitRange',
  '/PersistentVolume',
  'apps/ControllerRevision',
  'discovery.k8s.io/EndpointSlice',
  'storage.k8s.io/CSIStorageCapacity',
  'resource.k8s.io/ResourceClaim',
  'flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration',
  'admissionregistration.k8s.io/ValidatingWebhookConfiguration',
  'admissionregistration.k8s.io/MutatingWebhookConfiguration',
  'admissionregistration.k8s.io/ValidatingAdmissionPolicyBinding',
]);

/** RelaxedServiceNameValidation (on by default from 1.35) lets Service names start with a digit. */
function serviceNameErrors(version: KubernetesVersion): NameErrors {
  return compareVersions(version, '1.35') >= 0 ? dns1123LabelErrors : dns1035LabelErrors;
}

/** maskTrailingDash: a prefix may end in "-", since random characters follow it. */
function maskTrailingDash(prefix: string): string {
  return prefix.length > 1 && prefix.endsWith('-') ? `${prefix.slice(0, -2)}a` : prefix;
}

/** ValidateCustomResourceDefinition's name function: a DNS subdomain that is exactly <plural>.<group>. */
function crdNameErrors(resource: Resource): NameErrors {
  const spec = asObject(resource.object.spec);
  const plural = asObject(spec?.names)?.plural;
  const group = spec?.group;
  return (name) => {
    const errors = dns1123SubdomainErrors(name);
    if (typeof plural === 'string' && typeof group === 'string' && name !== `${plural}.${group}`)
      errors.push(`a CustomResourceDefinition's name must be <spec.names.plural>.<spec.group> ("${plural}.${group}")`);
    return errors;
  };
}

function kindNameErrors(resource: Resource, version: KubernetesVersion): NameErrors | null {
  const key = `${resource.group}/${resource.kind}`;
  if (key === '/Service') return serviceNameErrors(version);
  if (key === 'apiextensions.k8s.io/CustomResourceDefinition') return crdNameErrors(resource);
  return key in BY_KIND ? (BY_KIND[key] ?? null) : dns1123SubdomainErrors;
}

export default defineRule({
  meta: {
    id: 'metadata/generate-name-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'metadata.generateName may not contain "/" or "%", and must be a valid prefix of the name its kind requires (DNS subdomain, DNS label).',
    fixable: false,
    sources: [
      {
        package: 'k8s.io/apimachinery/pkg/api/validation',
        function: 'ValidateObjectMetaAccessor',
        field: 'generateName',
      },
      { package: 'k8s.io/apimachinery/pkg/api/validation', function: 'NameIsDNSSubdomain' },
      { package: 'k8s.io/apimachinery/pkg/api/validation', function: 'NameIsDNSLabel' },
      { package: 'k8s.io/apimachinery/pkg/api/validation', function: 'NameIsDNS1035Label' },
    ],
    messages: {
      pathSegment:
        'generateName "{{prefix}}" contains {{characters}}, but the generated name becomes part of the object\'s URL path, so the API server refuses the object; remove them',
      kindName:
        'generateName "{{prefix}}" cannot start a valid {{kind}} name: {{reasons}}; the API server checks the prefix as it checks names and refuses the object',
    },
  },
  create(context) {
    const updated = new Set<Resource>();
    return {
      update(pair) {
        updated.add(pair.new);
      },
      input(resources) {
        for (const resource of resources) {
          const prefix = asObject(resource.object.metadata)?.generateName;
          if (typeof prefix !== 'string' || prefix === '') continue;
          const status = context.schema.kindStatus(resource).type;
          if (status !== 'builtin' && status !== 'opt-in' && status !== 'custom') continue;
          const path = ['metadata', 'generateName'];
          const characters = ['/', '%'].filter((character) => prefix.includes(character));
          if (characters.length > 0) {
            context.report({
              resource,
              path,
              messageId: 'pathSegment',
              data: { prefix, characters: characters.map((character) => `"${character}"`).join(' and ') },
            });
            continue;
          }
          if (status === 'custom') continue;
          if (updated.has(resource) && !CHECKED_ON_UPDATE.has(`${resource.group}/${resource.kind}`)) continue;
          const errors = kindNameErrors(resource, context.kubernetesVersion)?.(maskTrailingDash(prefix)) ?? [];
          if (errors.length > 0)
            context.report({
              resource,
              path,
              messageId: 'kindName',
              data: { prefix, kind: resource.kind, reasons: errors.join('; ') },
            });
        }
      },
    };
  },
});
