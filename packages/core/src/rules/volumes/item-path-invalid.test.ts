import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './item-path-invalid.js';

const pod = (volume: string): string =>
  manifests.pod(
    manifests.blocks(manifests.webContainer(), `volumes:\n  - name: files\n${manifests.indent(volume, 4)}`),
  );

runRuleTests(rule, {
  valid: [
    {
      name: 'relative paths with directories',
      code: pod('configMap:\n  name: web\n  items:\n    - {key: nginx.conf, path: conf.d/nginx.conf}'),
    },
    {
      name: 'a name with dots inside',
      code: pod('secret:\n  secretName: web\n  items:\n    - {key: tls.crt, path: certs/..tls.crt}'),
    },
    {
      name: 'a projected token',
      code: pod('projected:\n  sources:\n    - serviceAccountToken: {path: token, expirationSeconds: 3600}'),
    },
  ],
  invalid: [
    {
      name: 'an absolute path loses its leading slash',
      code: pod('configMap:\n  name: web\n  items:\n    - {key: nginx.conf, path: /etc/nginx/nginx.conf}'),
      errors: [
        {
          path: 'spec.volumes[0].configMap.items[0].path',
          line: 14,
          column: 31,
          messageId: 'invalid',
          message: 'relative path',
        },
      ],
      output: pod('configMap:\n  name: web\n  items:\n    - {key: nginx.conf, path: etc/nginx/nginx.conf}'),
    },
    {
      name: 'a path that climbs out has no fix',
      code: pod('secret:\n  secretName: web\n  items:\n    - {key: tls.crt, path: ../tls.crt}'),
      errors: [
        { path: 'spec.volumes[0].secret.items[0].path', line: 14, column: 28, messageId: 'invalid', message: "'..'" },
      ],
      output: null,
    },
    {
      name: 'a name starting with ..',
      code: pod(
        'projected:\n  sources:\n    - configMap:\n        name: web\n        items:\n          - {key: a, path: ..data}',
      ),
      errors: [
        {
          path: 'spec.volumes[0].projected.sources[0].configMap.items[0].path',
          line: 16,
          column: 28,
          messageId: 'invalid',
          message: "start with '..'",
        },
      ],
    },
    {
      name: 'a downward API file is reported without its item index',
      code: pod('downwardAPI:\n  items:\n    - path: /labels\n      fieldRef: {fieldPath: metadata.labels}'),
      errors: [{ path: 'spec.volumes[0].downwardAPI.path', line: 11, column: 7, messageId: 'invalid' }],
    },
    {
      name: 'a trust bundle and a pod certificate key outside the volume',
      code: pod(
        'projected:\n  sources:\n    - clusterTrustBundle: {signerName: example.com/ca, path: /etc/ca.pem}\n    - podCertificate: {signerName: example.com/issuer, keyType: ED25519, keyPath: ../key.pem}',
      ),
      errors: [
        {
          path: 'spec.volumes[0].projected.sources[0].clusterTrustBundle.path',
          line: 13,
          column: 62,
          messageId: 'invalid',
        },
        {
          path: 'spec.volumes[0].projected.sources[1].podCertificate.keyPath',
          line: 14,
          column: 80,
          messageId: 'invalid',
        },
      ],
    },
  ],
});
