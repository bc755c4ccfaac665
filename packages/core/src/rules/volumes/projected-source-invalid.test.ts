import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './projected-source-invalid.js';

const pod = (sources: string): string =>
  manifests.pod(
    manifests.blocks(
      manifests.webContainer('volumeMounts:\n  - {name: certs, mountPath: /certs}'),
      `volumes:\n  - name: certs\n    projected:\n      sources:\n${manifests.indent(sources, 8)}`,
    ),
  );

runRuleTests(rule, {
  valid: [
    {
      name: 'a trust bundle by signer and a pod certificate',
      code: pod(
        '- clusterTrustBundle: {signerName: example.com/ca, path: ca.pem, labelSelector: {matchLabels: {env: prod}}}\n- podCertificate: {signerName: example.com/issuer, keyType: ED25519, credentialBundlePath: bundle.pem}',
      ),
    },
    {
      name: 'pod certificate user annotations with domain-prefixed keys, in any case',
      code: pod(
        '- podCertificate: {signerName: example.com/issuer, keyType: ED25519, keyPath: key.pem, userAnnotations: {Example.com/Team: web, acme.io/tier: gold}}',
      ),
    },
    { name: 'a ConfigMap and a Secret in two entries', code: pod('- configMap: {name: app}\n- secret: {name: app}') },
    {
      name: 'trust bundles by name, with and without a signer prefix',
      code: pod(
        '- clusterTrustBundle: {name: "example.com:ca:prod-2024", path: ca.pem}\n- clusterTrustBundle: {name: corp-roots, path: roots.pem}',
      ),
    },
  ],
  invalid: [
    {
      name: 'a ConfigMap and a Secret in one entry',
      code: pod('- configMap: {name: app}\n  secret: {name: app}'),
      errors: [{ path: 'spec.volumes[0].projected.sources[0]', line: 15, column: 13, messageId: 'twoKinds' }],
      output: null,
    },
    {
      name: 'a trust bundle by name and signer',
      code: pod('- clusterTrustBundle: {name: "example.com:ca:prod", signerName: example.com/ca, path: ca.pem}'),
      errors: [
        {
          path: 'spec.volumes[0].projected.sources[0].clusterTrustBundle',
          line: 15,
          column: 13,
          messageId: 'bundleBoth',
        },
      ],
    },
    {
      name: 'a trust bundle without a path',
      code: pod('- clusterTrustBundle: {signerName: example.com/ca}'),
      errors: [
        {
          path: 'spec.volumes[0].projected.sources[0].clusterTrustBundle.path',
          line: 15,
          column: 13,
          messageId: 'pathRequired',
        },
      ],
    },
    {
      name: 'a pod certificate with an unknown key type and no file',
      code: pod('- podCertificate: {signerName: example.com/issuer, keyType: DSA}'),
      errors: [
        {
          path: 'spec.volumes[0].projected.sources[0].podCertificate',
          line: 15,
          column: 13,
          messageId: 'certificatePaths',
        },
        {
          path: 'spec.volumes[0].projected.sources[0].podCertificate.keyType',
          line: 15,
          column: 62,
          messageId: 'keyType',
        },
      ],
    },
    {
      name: 'a trust bundle name that is not a DNS subdomain',
      code: pod('- clusterTrustBundle: {name: Corp_Roots, path: roots.pem}'),
      errors: [
        {
          path: 'spec.volumes[0].projected.sources[0].clusterTrustBundle.name',
          line: 15,
          column: 34,
          messageId: 'bundleName',
        },
      ],
    },
    {
      name: 'a trust bundle name whose signer prefix is written with a slash',
      code: pod('- clusterTrustBundle: {name: "example.com/ca:prod", path: ca.pem}'),
      errors: [
        {
          path: 'spec.volumes[0].projected.sources[0].clusterTrustBundle.name',
          line: 15,
          column: 34,
          messageId: 'bundleName',
        },
      ],
    },
    {
      name: 'pod certificate user annotations over 256 KiB',
      code: pod(
        `- podCertificate: {signerName: example.com/issuer, keyType: ED25519, keyPath: key.pem, userAnnotations: {example.com/blob: ${'a'.repeat(262_144)}}}`,
      ),
      errors: [
        {
          path: 'spec.volumes[0].projected.sources[0].podCertificate.userAnnotations',
          line: 15,
          column: 98,
          messageId: 'userAnnotations',
        },
      ],
    },
    {
      name: 'a pod certificate user annotation key without a domain prefix',
      code: pod(
        '- podCertificate: {signerName: example.com/issuer, keyType: ED25519, keyPath: key.pem, userAnnotations: {team: web}}',
      ),
      errors: [
        {
          path: 'spec.volumes[0].projected.sources[0].podCertificate.userAnnotations',
          line: 15,
          column: 98,
          messageId: 'userAnnotationKey',
        },
      ],
    },
    {
      name: 'a pod certificate user annotation key with an invalid prefix',
      code: pod(
        '- podCertificate: {signerName: example.com/issuer, keyType: ED25519, keyPath: key.pem, userAnnotations: {"-bad-/team": web}}',
      ),
      errors: [
        {
          path: 'spec.volumes[0].projected.sources[0].podCertificate.userAnnotations',
          line: 15,
          column: 98,
          messageId: 'userAnnotationKey',
        },
      ],
    },
  ],
});
