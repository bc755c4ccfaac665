import { runRuleTests } from '../../../test/support/rule-tester.js';
import { deployment, pod } from '../../../test/fixtures/probes/manifests.js';
import rule from './http-header-name-invalid.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'Host and custom headers',
      code: pod(`livenessProbe:
  httpGet:
    path: /healthz
    port: 8080
    httpHeaders:
      - {name: Host, value: web.example.com}
      - {name: X-Probe-Token, value: "a b: c"}`),
    },
  ],
  invalid: [
    {
      name: 'underscore in a header name',
      code: pod(`readinessProbe:
  httpGet:
    path: /ready
    port: 8080
    httpHeaders:
      - name: X_Probe
        value: kubelet`),
      errors: [
        {
          messageId: 'headerNameInvalid',
          path: 'spec.containers[0].readinessProbe.httpGet.httpHeaders[0].name',
          line: 14,
          column: 15,
          message: '"X-Probe"',
          oracleField: 'spec.containers[0].readinessProbe.httpGet.httpHeaders',
        },
      ],
      output: null,
    },
    {
      name: 'header without a name in a Deployment preStop hook (reported at the entry)',
      code: deployment(`lifecycle:
  preStop:
    httpGet:
      path: /drain
      port: 8080
      httpHeaders:
        - {name: Accept, value: text/plain}
        - {value: orphan}`),
      errors: [
        {
          messageId: 'headerNameEmpty',
          path: 'spec.template.spec.containers[0].lifecycle.preStop.httpGet.httpHeaders[1].name',
          line: 22,
          column: 21,
          message: 'without a name',
          oracleField: 'spec.template.spec.containers[0].lifecycle.preStop.httpGet.httpHeaders',
        },
      ],
    },
  ],
});
