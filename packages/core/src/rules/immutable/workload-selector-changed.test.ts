import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './workload-selector-changed.js';

/** A workload `api`: `selector:` is line 6, its first entry line 7 (column 5); template labels at line 10. */
const workload = (
  kind: string,
  selector: string,
  labels: string,
  extra = '',
  image = 'example/api:1',
  apiVersion = 'apps/v1',
): string => `apiVersion: ${apiVersion}
kind: ${kind}
metadata:
  name: api
spec:
${selector}  template:
    metadata:
      labels: ${labels}
    spec:
      containers:
        - name: api
          image: ${image}
${extra}`;

const selector = (body: string): string => `  selector:\n${body}`;
const byApp = selector('    matchLabels: {app: api}\n');

runRuleTests(rule, {
  valid: [
    {
      name: 'a Deployment template changes (image, labels, env)',
      old: workload('Deployment', byApp, '{app: api}'),
      code: workload(
        'Deployment',
        byApp,
        '{app: api, tier: backend}',
        '          env: [{name: X, value: enabled}]\n',
        'example/api:2',
      ),
    },
    {
      name: 'a Deployment scales',
      old: `${workload('Deployment', byApp, '{app: api}')}  replicas: 2\n`,
      code: `${workload('Deployment', byApp, '{app: api}')}  replicas: 5\n`,
    },
    {
      name: 'an empty matchExpressions list equals an absent one',
      old: workload('Deployment', byApp, '{app: api}'),
      code: workload('Deployment', selector('    matchLabels: {app: api}\n    matchExpressions: []\n'), '{app: api}'),
    },
    {
      name: 'a DaemonSet changes its update strategy',
      old: workload('DaemonSet', byApp, '{app: api}'),
      code: `${workload('DaemonSet', byApp, '{app: api}')}  updateStrategy:\n    type: OnDelete\n`,
    },
    {
      name: 'an extensions/v1beta1 Deployment without selector had it defaulted from its template labels (the oracle no longer serves the old group, so it judges a create)',
      old: workload('Deployment', '', '{app: api}', '', 'example/api:1', 'extensions/v1beta1'),
      code: workload('Deployment', byApp, '{app: api}', '', 'example/api:2'),
    },
  ],
  invalid: [
    {
      name: 'a Deployment selector gains a label',
      old: workload('Deployment', byApp, '{app: api, v: "1"}'),
      code: workload('Deployment', selector('    matchLabels: {app: api, v: "1"}\n'), '{app: api, v: "1"}'),
      errors: [{ path: 'spec.selector', line: 6, column: 3, message: 'field is immutable' }],
    },
    {
      name: 'a ReplicaSet selector changes',
      old: workload('ReplicaSet', byApp, '{app: api}'),
      code: workload('ReplicaSet', selector('    matchLabels: {app: web}\n'), '{app: web}'),
      errors: [{ path: 'spec.selector', line: 6, column: 3, message: '--cascade=orphan' }],
    },
    {
      name: 'a DaemonSet selector changes',
      old: workload('DaemonSet', byApp, '{app: api}'),
      code: workload('DaemonSet', selector('    matchLabels: {name: api}\n'), '{name: api}'),
      errors: [{ path: 'spec.selector', line: 6, column: 3, message: "a DaemonSet's selector cannot change" }],
    },
    {
      name: 'a Deployment selector gains an expression',
      old: workload('Deployment', byApp, '{app: api, tier: web}'),
      code: workload(
        'Deployment',
        selector(
          '    matchLabels: {app: api}\n    matchExpressions:\n      - {key: tier, operator: In, values: [web]}\n',
        ),
        '{app: api, tier: web}',
      ),
      errors: [{ path: 'spec.selector', line: 6, column: 3 }],
    },
  ],
});
