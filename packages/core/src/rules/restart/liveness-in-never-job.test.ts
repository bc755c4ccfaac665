import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './liveness-in-never-job.js';

const job = (policy: string, probe: string): string =>
  manifests.job(
    manifests.blocks(
      `restartPolicy: ${policy}
containers:
  - name: crawl
    image: example/crawler:1.0`,
      manifests.indent(probe, 4),
    ),
    { name: 'crawl', fields: 'backoffLimit: 2' },
  );

const LIVENESS = 'livenessProbe:\n  httpGet: {path: /healthz, port: 8080}\n';

runRuleTests(rule, {
  valid: [
    { name: 'OnFailure', code: job('OnFailure', LIVENESS) },
    { name: 'Never without a liveness probe', code: job('Never', '') },
  ],
  invalid: [
    {
      name: 'Never with a liveness probe',
      code: job('Never', LIVENESS),
      errors: [
        {
          path: 'spec.template.spec.containers[0].livenessProbe',
          line: 13,
          column: 11,
          message: 'counts against backoffLimit (2)',
        },
      ],
    },
  ],
});
