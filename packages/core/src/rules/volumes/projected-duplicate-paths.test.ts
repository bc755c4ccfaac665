import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './projected-duplicate-paths.js';

const pod = (sources: string): string =>
  manifests.pod(
    manifests.blocks(
      manifests.webContainer(),
      `volumes:\n  - name: all\n    projected:\n      sources:\n${manifests.indent(sources, 8)}`,
    ),
  );

runRuleTests(rule, {
  valid: [
    {
      name: 'distinct paths',
      code: pod(
        '- configMap: {name: app, items: [{key: config, path: app.conf}]}\n- secret: {name: app, items: [{key: config, path: secret.conf}]}',
      ),
    },
    {
      name: 'a trust bundle and a pod certificate on distinct paths',
      code: pod(
        '- clusterTrustBundle: {signerName: example.com/ca, path: ca.pem}\n- podCertificate: {signerName: example.com/issuer, keyType: ED25519, keyPath: key.pem, certificateChainPath: chain.pem}',
      ),
    },
  ],
  invalid: [
    {
      name: 'a config map and a secret on one path',
      code: pod(
        '- configMap: {name: app, items: [{key: config, path: app.conf}]}\n- secret: {name: app, items: [{key: config, path: app.conf}]}',
      ),
      errors: [{ path: 'spec.volumes[0].projected', line: 11, column: 7, messageId: 'duplicate' }],
      output: null,
    },
    {
      name: 'a pod certificate writes its key where a trust bundle is',
      code: pod(
        '- clusterTrustBundle: {signerName: example.com/ca, path: ca.pem}\n- podCertificate: {signerName: example.com/issuer, keyType: ED25519, keyPath: ca.pem}',
      ),
      errors: [{ path: 'spec.volumes[0].projected', line: 11, column: 7, messageId: 'duplicate' }],
    },
    {
      name: 'two trust bundles on one path',
      code: pod(
        '- clusterTrustBundle: {signerName: example.com/ca, path: ca.pem}\n- clusterTrustBundle: {name: corp-roots, path: ca.pem}',
      ),
      errors: [{ path: 'spec.volumes[0].projected', line: 11, column: 7, messageId: 'duplicate' }],
    },
  ],
});
