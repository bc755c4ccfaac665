import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './hugepages-without-cpu-memory.js';

const pod = (resources: string): string =>
  manifests.pod(manifests.webContainer(`resources:\n${manifests.indent(resources, 2)}`));

runRuleTests(rule, {
  valid: [
    { name: 'huge pages with a memory limit', code: pod('limits: {hugepages-2Mi: 100Mi, memory: 100Mi}') },
    { name: 'huge pages with a cpu request', code: pod('requests: {cpu: 100m}\nlimits: {hugepages-1Gi: 2Gi}') },
  ],
  invalid: [
    {
      name: 'huge pages alone',
      code: pod('limits: {hugepages-2Mi: 100Mi}'),
      errors: [{ path: 'spec.containers[0].resources', line: 9, column: 7, messageId: 'missing' }],
      output: null,
    },
  ],
});
