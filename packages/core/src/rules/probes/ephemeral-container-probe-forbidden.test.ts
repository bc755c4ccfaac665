import { runRuleTests } from '../../../test/support/rule-tester.js';
import { pod } from '../../../test/fixtures/probes/manifests.js';
import rule from './ephemeral-container-probe-forbidden.js';

const ephemeral = (fields: string): string => `ephemeralContainers:
  - name: debug
    image: busybox:1.36
    targetContainerName: web
${fields}`;

runRuleTests(rule, {
  valid: [
    { name: 'regular container with probes', code: pod('livenessProbe:\n  tcpSocket: {port: 8080}') },
    {
      name: 'ephemeral container without probes (the oracle refuses any ephemeral container on create)',
      code: pod('', ephemeral('    command: [sh]\n')),
      oracle: 'reject',
    },
  ],
  invalid: [
    {
      name: 'liveness probe and lifecycle on an ephemeral container',
      code: pod(
        '',
        ephemeral(
          '    livenessProbe:\n      exec: {command: ["true"]}\n    lifecycle:\n      preStop:\n        exec: {command: ["true"]}\n',
        ),
      ),
      errors: [
        {
          path: 'spec.ephemeralContainers[0].livenessProbe',
          line: 10,
          column: 7,
          message: 'cannot be set for an Ephemeral Container',
        },
        { path: 'spec.ephemeralContainers[0].lifecycle', line: 12, column: 7, message: 'sets lifecycle' },
      ],
      output: null,
    },
  ],
});
