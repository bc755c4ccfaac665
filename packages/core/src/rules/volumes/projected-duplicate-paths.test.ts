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
  ],
});
