import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './host-path-backsteps.js';

const pod = (path: string): string =>
  manifests.pod(manifests.blocks(manifests.webContainer(), `volumes:\n  - name: host\n    hostPath: {path: ${path}}`));

runRuleTests(rule, {
  valid: [
    { name: 'a plain path', code: pod('/var/lib/docker') },
    { name: 'dots inside a name', code: pod('/var/lib/..data') },
    {
      name: 'a backslash is no separator on the API server (Linux), so "x\\..\\y" is one element',
      code: pod("'/x\\..\\y'"),
    },
  ],
  invalid: [
    {
      name: 'a path that climbs',
      code: pod('/var/log/../lib/docker'),
      errors: [{ path: 'spec.volumes[0].hostPath.path', line: 11, column: 18, messageId: 'backsteps' }],
      output: null,
    },
  ],
});
