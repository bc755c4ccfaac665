import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './job-helper-as-regular-container.js';

const job = (helper: string): string =>
  manifests.job(
    manifests.blocks(
      `restartPolicy: Never
containers:
  - name: migrate
    image: example/migrate:1.0`,
      manifests.indent(helper, 2),
    ),
    { name: 'migrate' },
  );

const SIDECAR_JOB = manifests.job(
  `restartPolicy: Never
initContainers:
  - name: cloud-sql-proxy
    image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.14.0
    restartPolicy: Always
containers:
  - name: migrate
    image: example/migrate:1.0`,
  { name: 'migrate' },
);

runRuleTests(rule, {
  valid: [
    { name: 'the proxy as a native sidecar', code: SIDECAR_JOB },
    { name: 'two task containers', code: job('- name: report\n  image: example/report:1.0\n') },
  ],
  invalid: [
    {
      name: 'a Cloud SQL proxy as a regular container',
      code: job('- name: cloud-sql-proxy\n  image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.14.0\n'),
      errors: [{ path: 'spec.template.spec.containers[1].name', line: 12, column: 11, message: 'never completes' }],
    },
    {
      name: 'a helper that serves a port',
      code: job('- name: cache\n  image: redis:7\n  ports:\n    - containerPort: 6379\n'),
      errors: [{ path: 'spec.template.spec.containers[1].name', line: 12, column: 11, message: 'it declares ports' }],
    },
  ],
});
