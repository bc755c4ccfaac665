import { runRuleTests } from '../../../test/support/rule-tester.js';
import { deployment, pod } from '../../../test/fixtures/probes/manifests.js';
import rule from './handler-port-invalid.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'numbers and names',
      code: pod(`ports:
  - {name: http, containerPort: 8080}
livenessProbe:
  httpGet: {path: /healthz, port: http}
readinessProbe:
  tcpSocket: {port: 8080}
lifecycle:
  preStop:
    httpGet: {path: /quit, port: 65535}`),
    },
    {
      name: 'a second handler is not validated for its port (only the first handler is)',
      code: pod('livenessProbe:\n  exec: {command: [/bin/true]}\n  tcpSocket: {port: 0}'),
      oracle: 'reject',
    },
  ],
  invalid: [
    {
      name: 'quoted number is read as a name and fixed to the number',
      code: pod('readinessProbe:\n  tcpSocket: {port: "8080"}'),
      errors: [
        {
          messageId: 'quotedPortNumber',
          path: 'spec.containers[0].readinessProbe.tcpSocket.port',
          line: 10,
          column: 21,
          message: 'write the number without quotes: 8080',
        },
      ],
      output: pod('readinessProbe:\n  tcpSocket: {port: 8080}'),
    },
    {
      name: 'upper-case name with an underscore',
      code: pod('livenessProbe:\n  httpGet:\n    path: /healthz\n    port: Web_Port'),
      errors: [
        {
          messageId: 'portNameInvalid',
          path: 'spec.containers[0].livenessProbe.httpGet.port',
          line: 12,
          column: 11,
          message: 'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
        },
      ],
      output: null,
    },
    {
      name: 'missing port in a Deployment counts as 0',
      code: deployment('startupProbe:\n  httpGet:\n    path: /started'),
      errors: [
        {
          messageId: 'portMissing',
          path: 'spec.template.spec.containers[0].startupProbe.httpGet.port',
          line: 16,
          column: 13,
          message: 'has no port',
        },
      ],
    },
    {
      name: 'port out of range in a postStart hook',
      code: pod('lifecycle:\n  postStart:\n    tcpSocket:\n      port: 70000'),
      errors: [
        {
          messageId: 'portNotANumber',
          path: 'spec.containers[0].lifecycle.postStart.tcpSocket.port',
          line: 12,
          column: 13,
          message: 'must be between 1 and 65535, inclusive',
        },
      ],
    },
    {
      name: 'long name with a double hyphen',
      code: pod('livenessProbe:\n  tcpSocket: {port: metrics--endpoint}'),
      errors: [
        {
          messageId: 'portNameInvalid',
          path: 'spec.containers[0].livenessProbe.tcpSocket.port',
          line: 10,
          column: 21,
          message: 'must be no more than 15 characters; must not contain consecutive hyphens',
        },
      ],
    },
  ],
});
