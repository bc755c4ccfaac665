import { runRuleTests } from '../../../test/support/rule-tester.js';
import { job } from '../../../test/fixtures/immutable/job.js';
import rule from './job-template-changed.js';

const SUSPENDED = '  suspend: true\n';

runRuleTests(rule, {
  valid: [
    {
      name: 'nothing in the template changes, parallelism does',
      old: job({ spec: '  parallelism: 1\n' }),
      code: job({ spec: '  parallelism: 3\n' }),
    },
    {
      name: 'a suspended Job that has not started changes its labels, nodeSelector and tolerations',
      old: job({ spec: SUSPENDED, templateMetadata: '      labels: {a: "1"}\n' }),
      code: job({
        spec: SUSPENDED,
        templateMetadata: '      labels: {a: "2"}\n',
        podSpec: '      nodeSelector: {pool: batch}\n      tolerations: [{key: batch, operator: Exists}]\n',
      }),
    },
    {
      name: 'a suspended Job changes its container resources (1.36+)',
      old: job({ spec: SUSPENDED, container: '          resources:\n            requests: {cpu: 500m}\n' }),
      code: job({ spec: SUSPENDED, container: '          resources:\n            requests: {cpu: "2"}\n' }),
    },
    {
      name: 'a suspended Job adds node affinity',
      old: job({ spec: SUSPENDED }),
      code: job({
        spec: SUSPENDED,
        podSpec:
          '      affinity:\n        nodeAffinity:\n          requiredDuringSchedulingIgnoredDuringExecution:\n            nodeSelectorTerms:\n              - matchExpressions: [{key: pool, operator: In, values: [batch]}]\n',
      }),
    },
  ],
  invalid: [
    {
      name: 'the image of a running Job changes (the server reports spec.template)',
      old: job(),
      code: job({ image: 'example/migrate:2' }),
      errors: [
        {
          path: 'spec.template.spec.containers[0].image',
          line: 11,
          column: 11,
          message: '"example/migrate:1" → "example/migrate:2"',
          oracleField: 'spec.template',
        },
      ],
    },
    {
      name: 'a suspended Job changes its image (the server compares spec.template.spec)',
      old: job({ spec: SUSPENDED }),
      code: job({ spec: SUSPENDED, image: 'example/migrate:2' }),
      errors: [
        {
          path: 'spec.template.spec.containers[0].image',
          line: 12,
          column: 11,
          message: 'a suspended Job may only change its scheduling directives',
          oracleField: 'spec.template.spec',
        },
      ],
    },
    {
      name: 'a running Job changes its nodeSelector (the server reports spec.template)',
      old: job(),
      code: job({ podSpec: '      nodeSelector: {pool: batch}\n' }),
      errors: [
        {
          path: 'spec.template.spec.nodeSelector',
          line: 9,
          column: 7,
          message: 'only a suspended Job that has not started',
          oracleField: 'spec.template',
        },
      ],
    },
    {
      name: 'a suspended Job adds pod anti-affinity (the server compares spec.template.spec)',
      old: job({ spec: SUSPENDED }),
      code: job({
        spec: SUSPENDED,
        podSpec:
          '      affinity:\n        podAntiAffinity:\n          requiredDuringSchedulingIgnoredDuringExecution:\n            - labelSelector: {matchLabels: {app: migrate}}\n              topologyKey: kubernetes.io/hostname\n',
      }),
      errors: [
        {
          path: 'spec.template.spec.affinity.podAntiAffinity',
          line: 11,
          column: 9,
          message: 'pod template cannot change',
          oracleField: 'spec.template.spec',
        },
      ],
    },
    {
      name: 'a suspended Job changes its container resources on 1.35, before MutablePodResourcesForSuspendedJobs was on (oracle skipped: it runs 1.37)',
      kubernetesVersion: '1.35',
      old: job({ spec: SUSPENDED, container: '          resources:\n            requests: {cpu: 500m}\n' }),
      code: job({ spec: SUSPENDED, container: '          resources:\n            requests: {cpu: "2"}\n' }),
      errors: [
        {
          path: 'spec.template.spec.containers[0].resources.requests.cpu',
          line: 14,
          column: 24,
          message: 'only change its scheduling directives',
        },
      ],
      oracle: 'skip',
    },
    {
      name: 'a suspended Job that has started changes its nodeSelector (old read from the cluster; oracle skipped: it stores the old object through a create, which drops status.startTime)',
      old: `${job({ spec: SUSPENDED })}status:\n  startTime: "2026-11-30T10:00:00Z"\n  active: 1\n`.replace(
        '  name: migrate\n',
        '  name: migrate\n  uid: 5f1c2f0e-8a53-4a43-9a7e-1d5f9c1b2a3c\n  resourceVersion: "4711"\n',
      ),
      code: job({ spec: SUSPENDED, podSpec: '      nodeSelector: {pool: batch}\n' }),
      errors: [
        {
          path: 'spec.template.spec.nodeSelector',
          line: 10,
          column: 7,
          message: 'only before it starts',
          oracleField: 'spec.template',
        },
      ],
      oracle: 'skip',
    },
    {
      name: 'priority 0 written into the template (a pointer: no admission fills a Job’s template)',
      old: job(),
      code: job({ podSpec: '      priority: 0\n' }),
      errors: [
        {
          path: 'spec.template.spec.priority',
          line: 9,
          column: 7,
          message: '(unset) → 0',
          oracleField: 'spec.template',
        },
      ],
    },
  ],
});
