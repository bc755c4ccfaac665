import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './lifecycle-named-port-missing.js';

const pod = (hook: string): string =>
  manifests.pod(`containers:
  - name: web
    image: example/web:1.0
    ports:
      - {name: http, containerPort: 8080}
      - {name: admin, containerPort: 9000}
    lifecycle:
${manifests.indent(hook, 6)}`);

runRuleTests(rule, {
  valid: [
    { name: 'a declared name', code: pod('preStop:\n  httpGet: {path: /quit, port: admin}') },
    { name: 'a number', code: pod('postStart:\n  httpGet: {path: /warm, port: 8080}') },
  ],
  invalid: [
    {
      name: 'preStop names a port that is not declared',
      code: pod('preStop:\n  httpGet: {path: /quit, port: management}'),
      errors: [
        {
          path: 'spec.containers[0].lifecycle.preStop.httpGet.port',
          line: 14,
          column: 34,
          message: 'graceful shutdown is skipped',
        },
      ],
    },
    {
      name: 'postStart with a typo',
      code: pod('postStart:\n  httpGet: {path: /warm, port: htp}'),
      errors: [
        {
          path: 'spec.containers[0].lifecycle.postStart.httpGet.port',
          line: 14,
          column: 34,
          message: 'did you mean "http"?',
        },
      ],
    },
  ],
});
