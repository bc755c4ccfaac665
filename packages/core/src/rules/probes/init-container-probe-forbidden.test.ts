import { runRuleTests } from '../../../test/support/rule-tester.js';
import { deployment, pod } from '../../../test/fixtures/probes/manifests.js';
import rule from './init-container-probe-forbidden.js';

const init = (fields: string): string => `initContainers:
  - name: migrate
    image: example/migrate:1.0
${fields}`;

runRuleTests(rule, {
  valid: [
    { name: 'init container without probes', code: pod('', init('    command: [migrate, up]\n')) },
    {
      name: 'sidecar with probes and hooks',
      code: pod(
        '',
        init(
          '    restartPolicy: Always\n    readinessProbe:\n      tcpSocket: {port: 5432}\n    lifecycle:\n      preStop:\n        sleep: {seconds: 2}\n',
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'readiness probe on a regular init container',
      code: pod('', init('    readinessProbe:\n      exec: {command: [test, -f, /tmp/done]}\n')),
      errors: [
        {
          path: 'spec.initContainers[0].readinessProbe',
          line: 9,
          column: 7,
          message: 'may not be set for init containers without restartPolicy=Always',
        },
      ],
      output: null,
    },
    {
      name: 'liveness probe and lifecycle on an init container of a Deployment',
      code: deployment(
        '',
        init(
          '    livenessProbe:\n      tcpSocket: {port: 8080}\n    lifecycle:\n      postStart:\n        exec: {command: [echo, hi]}\n',
        ),
      ),
      errors: [
        {
          path: 'spec.template.spec.initContainers[0].livenessProbe',
          line: 15,
          column: 11,
          message: 'a liveness probe',
        },
        { path: 'spec.template.spec.initContainers[0].lifecycle', line: 17, column: 11, message: 'lifecycle hooks' },
      ],
    },
  ],
});
