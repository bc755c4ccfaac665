import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import { podIn } from '../../../test/fixtures/podsecurity/manifests.js';
import rule from './host-probes.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'a probe of the pod itself',
      code: podIn('baseline', manifests.webContainer('readinessProbe:\n  httpGet: {path: /ready, port: 80}')),
    },
  ],
  invalid: [
    {
      name: 'a probe of another host',
      code: podIn(
        'baseline',
        manifests.webContainer('readinessProbe:\n  httpGet: {host: example.com, path: /ready, port: 80}'),
      ),
      errors: [
        {
          path: 'spec.containers[0].readinessProbe.httpGet.host',
          line: 18,
          column: 19,
          messageId: 'pod',
          oracleField: '',
        },
      ],
      output: null,
    },
  ],
});
