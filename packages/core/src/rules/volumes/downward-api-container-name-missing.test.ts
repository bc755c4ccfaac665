import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './downward-api-container-name-missing.js';

const pod = (volume: string): string =>
  manifests.pod(manifests.blocks(`volumes:\n  - name: info\n${manifests.indent(volume, 4)}`, manifests.webContainer()));

runRuleTests(rule, {
  valid: [
    {
      name: 'a resource of a named container',
      code: pod('downwardAPI:\n  items: [{path: cpu, resourceFieldRef: {containerName: web, resource: limits.cpu}}]'),
    },
  ],
  invalid: [
    {
      name: 'a downward API volume without containerName',
      code: pod('downwardAPI:\n  items: [{path: cpu, resourceFieldRef: {resource: limits.cpu}}]'),
      errors: [
        {
          path: 'spec.volumes[0].downwardAPI.resourceFieldRef.containerName',
          line: 8,
          column: 7,
          messageId: 'missing',
        },
      ],
      output: null,
    },
    {
      name: 'a projected downward API source with an empty containerName',
      code: pod(
        'projected:\n  sources:\n    - downwardAPI:\n        items: [{path: mem, resourceFieldRef: {containerName: "", resource: requests.memory}}]',
      ),
      errors: [
        {
          path: 'spec.volumes[0].projected.sources[0].downwardAPI.resourceFieldRef.containerName',
          line: 10,
          column: 13,
          messageId: 'missing',
        },
      ],
    },
  ],
});
