import { runRuleTests } from '../../../test/support/rule-tester.js';
import { deployment, pod } from '../../../test/fixtures/probes/manifests.js';
import rule from './readiness-grace-period-set.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'grace period on liveness, none on readiness',
      code: pod(
        'livenessProbe:\n  httpGet: {path: /healthz, port: 8080}\n  terminationGracePeriodSeconds: 15\nreadinessProbe:\n  httpGet: {path: /ready, port: 8080}',
      ),
    },
  ],
  invalid: [
    {
      name: 'readiness probe with a grace period',
      code: pod('readinessProbe:\n  httpGet: {path: /ready, port: 8080}\n  terminationGracePeriodSeconds: 10'),
      errors: [
        {
          path: 'spec.containers[0].readinessProbe.terminationGracePeriodSeconds',
          line: 11,
          column: 9,
          message: 'must not be set for readinessProbes',
        },
      ],
      output: null,
    },
    {
      name: 'sidecar readiness probe with a grace period in a Deployment',
      code: deployment(
        '',
        `initContainers:
  - name: proxy
    image: envoyproxy/envoy:v1.31.0
    restartPolicy: Always
    readinessProbe:
      tcpSocket: {port: 15021}
      terminationGracePeriodSeconds: 5
`,
      ),
      errors: [
        {
          path: 'spec.template.spec.initContainers[0].readinessProbe.terminationGracePeriodSeconds',
          line: 18,
          column: 13,
          message: 'sidecar "proxy"',
        },
      ],
    },
  ],
});
