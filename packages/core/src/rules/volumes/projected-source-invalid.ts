import { defineRule } from '../../engine/rule.js';
import { asObject, isSet, objectEntries, preview, quoteList, type PlainObject } from '../../model/values.js';
import { dns1123SubdomainErrors, qualifiedNameErrors } from '../../schema/names.js';
import { podVolumes } from './utils/volume-files.js';

const SOURCE = {
  package: 'k8s.io/kubernetes/pkg/apis/core/validation',
  function: 'validateProjectionSources',
} as const;
const SOURCE_KINDS = [
  'secret',
  'configMap',
  'downwardAPI',
  'serviceAccountToken',
  'clusterTrustBundle',
  'podCertificate',
];
const KEY_TYPES = ['RSA3072', 'RSA4096', 'ECDSAP256', 'ECDSAP384', 'ECDSAP521', 'ED25519'];
const MIN_EXPIRATION = 3600;
/** certificates.MaxMaxExpirationSeconds, and the stricter limit of kubernetes.io signers. */
const MAX_EXPIRATION = 91 * 24 * 60 * 60;
const MAX_KUBERNETES_EXPIRATION = 24 * 60 * 60;

/** apimachinery's TotalAnnotationSizeLimitB: the bytes of all keys and values together. */
const MAX_USER_ANNOTATIONS_BYTES = 256 * 1024;

/**
 * ValidateClusterTrustBundleName for the signer a name implies: a name with a ":" belongs to the
 * signer before its last ":" (with ":" for "/") and must start with that signer's prefix; the rest,
 * or a name without ":", must be a DNS subdomain.
 */
function clusterTrustBundleNameErrors(name: string): string[] {
  const split = name.lastIndexOf(':');
  if (split < 0) return dns1123SubdomainErrors(name);
  const signerName = name.slice(0, split).replaceAll(':', '/');
  const prefix = `${signerName.replaceAll('/', ':')}:`;
  if (!name.startsWith(prefix)) return [`a bundle of signer ${signerName} must be named with the prefix ${prefix}`];
  return dns1123SubdomainErrors(name.slice(prefix.length)).map((reason) => `the part after ${prefix}: ${reason}`);
}

function annotationBytes(annotations: PlainObject): number {
  return Object.entries(annotations).reduce(
    (total, [key, value]) =>
      total + Buffer.byteLength(key) + (typeof value === 'string' ? Buffer.byteLength(value) : 0),
    0,
  );
}

/**
 * IsDomainPrefixedKey of the lowercased key, as ValidateUserAnnotations checks it: a qualified name
 * whose DNS-subdomain prefix is required.
 */
function userAnnotationKeyErrors(key: string): string[] {
  const lower = key.toLowerCase();
  if (lower === '') return ['it is empty'];
  const reasons = qualifiedNameErrors(lower);
  if (reasons.length > 0) return reasons;
  return lower.split('/').length === 2 ? [] : ['it must be domain-prefixed, such as "acme.io/foo"'];
}

function isKubernetesSigner(signerName: string): boolean {
  const host = signerName.split('/')[0] ?? '';
  return host === 'kubernetes.io' || host.endsWith('.kubernetes.io');
}

export default defineRule({
  meta: {
    id: 'volumes/projected-source-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'Each projected source names one kind; a clusterTrustBundle names a bundle or a signer and a path; a podCertificate a key type and a path.',
    fixable: false,
    podSpecFields: ['volumes'],
    versions: { since: '1.37' },
    sources: [
      { ...SOURCE, type: 'Forbidden', field: 'sources' },
      { ...SOURCE, type: 'Invalid', field: 'clusterTrustBundle' },
      { ...SOURCE, type: 'Required', field: 'clusterTrustBundle' },
      { ...SOURCE, type: 'Required', field: 'signerName' },
      { ...SOURCE, type: 'Invalid', field: 'labelSelector' },
      { ...SOURCE, type: 'Required', field: 'path' },
      { ...SOURCE, type: 'NotSupported', field: 'keyType' },
      { ...SOURCE, type: 'Invalid', field: 'maxExpirationSeconds' },
      { ...SOURCE, type: 'Required', field: 'podCertificate' },
      { ...SOURCE, type: 'Invalid', field: 'name' },
      { package: SOURCE.package, function: 'ValidateUserAnnotations', type: 'TooLong' },
      { package: 'k8s.io/apimachinery/pkg/util/validation', function: 'IsDomainPrefixedKey', type: 'Required' },
      { package: 'k8s.io/apimachinery/pkg/util/validation', function: 'IsDomainPrefixedKey', type: 'Invalid' },
    ],
    messages: {
      twoKinds:
        'sources[{{index}}] of projected volume {{volume}} sets {{kinds}} in one entry, which the API server refuses (may not specify more than 1 volume type per source); give each its own entry',
      bundleBoth:
        'the clusterTrustBundle of projected volume {{volume}} sets both name and signerName, which the API server refuses; keep one',
      bundleNone:
        'the clusterTrustBundle of projected volume {{volume}} sets neither name nor signerName, which the API server requires; name the bundle or its signer',
      bundleEmpty:
        'the clusterTrustBundle of projected volume {{volume}} has an empty {{field}}, which the API server refuses',
      bundleSelector:
        'the clusterTrustBundle of projected volume {{volume}} sets labelSelector beside name, which the API server refuses; labelSelector only chooses among the bundles of a signerName',
      bundleName:
        'clusterTrustBundle name {{value}} of projected volume {{volume}} is not a valid ClusterTrustBundle name: {{reasons}}; the API server refuses the object',
      userAnnotations:
        'the podCertificate userAnnotations of projected volume {{volume}} take {{bytes}} bytes; the API server accepts at most {{max}} (keys and values together), so it refuses the object; keep only what the signer needs',
      userAnnotationKey:
        'podCertificate userAnnotations key {{key}} of projected volume {{volume}} is invalid: {{reasons}}; the API server refuses the object; use a domain-prefixed key such as "example.com/team"',
      pathRequired: 'the {{kind}} of projected volume {{volume}} has no path, which the API server requires',
      keyType:
        'podCertificate keyType {{value}} of projected volume {{volume}} is not supported (supported values: {{allowed}})',
      expiration:
        'podCertificate maxExpirationSeconds {{value}} of projected volume {{volume}} is out of range; the API server accepts {{min}} to {{max}}',
      certificatePaths:
        'the podCertificate of projected volume {{volume}} writes no file; the API server requires one of credentialBundlePath, keyPath and certificateChainPath',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const { volume, path, name } of podVolumes(site)) {
          const projected = asObject(volume.projected);
          if (!projected) continue;
          const data = { volume: JSON.stringify(name) };
          for (const [index, source] of objectEntries(projected.sources)) {
            const sourcePath = [...path, 'projected', 'sources', index];
            const kinds = SOURCE_KINDS.filter((kind) => isSet(source[kind]));
            if (kinds.length > 1)
              context.report({
                resource,
                path: sourcePath,
                messageId: 'twoKinds',
                data: { ...data, index, kinds: kinds.join(' and ') },
              });
            const bundle = asObject(source.clusterTrustBundle);
            if (bundle) {
              const bundlePath = [...sourcePath, 'clusterTrustBundle'];
              const hasName = bundle.name !== undefined && bundle.name !== null;
              const hasSigner = bundle.signerName !== undefined && bundle.signerName !== null;
              if (hasName && hasSigner) context.report({ resource, path: bundlePath, messageId: 'bundleBoth', data });
              else if (hasName) {
                if (bundle.name === '')
                  context.report({
                    resource,
                    path: [...bundlePath, 'name'],
                    messageId: 'bundleEmpty',
                    data: { ...data, field: 'name' },
                  });
                else if (typeof bundle.name === 'string') {
                  const reasons = clusterTrustBundleNameErrors(bundle.name);
                  if (reasons.length > 0)
                    context.report({
                      resource,
                      path: [...bundlePath, 'name'],
                      messageId: 'bundleName',
                      data: { ...data, value: preview(bundle.name), reasons: reasons.join('; ') },
                    });
                }
                if (isSet(bundle.labelSelector))
                  context.report({
                    resource,
                    path: [...bundlePath, 'labelSelector'],
                    messageId: 'bundleSelector',
                    data,
                  });
              } else if (hasSigner) {
                if (bundle.signerName === '')
                  context.report({
                    resource,
                    path: [...bundlePath, 'signerName'],
                    messageId: 'bundleEmpty',
                    data: { ...data, field: 'signerName' },
                  });
              } else context.report({ resource, path: bundlePath, messageId: 'bundleNone', data });
              if (bundle.path === undefined || bundle.path === null || bundle.path === '')
                context.report({
                  resource,
                  path: [...bundlePath, 'path'],
                  messageId: 'pathRequired',
                  data: { ...data, kind: 'clusterTrustBundle' },
                });
            }
            const certificate = asObject(source.podCertificate);
            if (certificate) {
              const certificatePath = [...sourcePath, 'podCertificate'];
              const keyType = certificate.keyType;
              if (typeof keyType === 'string' && !KEY_TYPES.includes(keyType))
                context.report({
                  resource,
                  path: [...certificatePath, 'keyType'],
                  messageId: 'keyType',
                  data: { ...data, value: preview(keyType), allowed: quoteList(KEY_TYPES) },
                });
              const userAnnotations = asObject(certificate.userAnnotations);
              for (const key of Object.keys(userAnnotations ?? {})) {
                const reasons = userAnnotationKeyErrors(key);
                if (reasons.length > 0)
                  context.report({
                    resource,
                    path: [...certificatePath, 'userAnnotations'],
                    messageId: 'userAnnotationKey',
                    data: { ...data, key: preview(key), reasons: reasons.join('; ') },
                  });
              }
              const bytes = userAnnotations ? annotationBytes(userAnnotations) : 0;
              if (bytes > MAX_USER_ANNOTATIONS_BYTES)
                context.report({
                  resource,
                  path: [...certificatePath, 'userAnnotations'],
                  messageId: 'userAnnotations',
                  data: { ...data, bytes, max: MAX_USER_ANNOTATIONS_BYTES },
                });
              const expiration = certificate.maxExpirationSeconds;
              const signer = typeof certificate.signerName === 'string' ? certificate.signerName : '';
              const max = isKubernetesSigner(signer) ? MAX_KUBERNETES_EXPIRATION : MAX_EXPIRATION;
              if (typeof expiration === 'number' && (expiration < MIN_EXPIRATION || expiration > max))
                context.report({
                  resource,
                  path: [...certificatePath, 'maxExpirationSeconds'],
                  messageId: 'expiration',
                  data: { ...data, value: expiration, min: MIN_EXPIRATION, max },
                });
              const paths = ['credentialBundlePath', 'keyPath', 'certificateChainPath'].filter(
                (field) => typeof certificate[field] === 'string' && certificate[field] !== '',
              );
              if (paths.length === 0)
                context.report({ resource, path: certificatePath, messageId: 'certificatePaths', data });
            }
          }
        }
      },
    };
  },
});
