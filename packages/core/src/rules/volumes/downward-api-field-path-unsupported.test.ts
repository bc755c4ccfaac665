import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './downward-api-field-path-unsupported.js';

const pod = (items: string): string =>
  manifests.pod(
    manifests.blocks(
      manifests.webContainer(),
      `volumes:\n  - name: info\n    downwardAPI:\n      items:\n${manifests.indent(items, 8)}`,
    ),
  );

runRuleTests(rule, {
  valid: [
    {
      name: 'labels, annotations and one label',
      code: pod(
        '- {path: labels, fieldRef: {fieldPath: metadata.labels}}\n- {path: annotations, fieldRef: {fieldPath: metadata.annotations}}\n- {path: app, fieldRef: {fieldPath: "metadata.labels[\'app\']"}}',
      ),
    },
    {
      name: 'a resource field',
      code: pod('- {path: cpu, resourceFieldRef: {containerName: web, resource: limits.cpu}}'),
    },
  ],
  invalid: [
    {
      name: 'the node name',
      code: pod('- {path: node, fieldRef: {fieldPath: spec.nodeName}}'),
      errors: [
        { path: 'spec.volumes[0].downwardAPI.fieldRef.fieldPath', line: 11, column: 7, messageId: 'unsupported' },
      ],
      output: null,
    },
    {
      name: 'an unknown field in a projected source',
      code: manifests.pod(
        manifests.blocks(
          manifests.webContainer(),
          'volumes:\n  - name: info\n    projected:\n      sources:\n        - downwardAPI:\n            items:\n              - {path: x, fieldRef: {fieldPath: metadata.generateName}}',
        ),
      ),
      errors: [
        {
          path: 'spec.volumes[0].projected.sources[0].downwardAPI.fieldRef.fieldPath',
          line: 13,
          column: 13,
          messageId: 'unknown',
        },
      ],
    },
  ],
});
