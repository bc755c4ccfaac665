import { runRuleTests } from '../../../test/support/rule-tester.js';
import { deployment, widget } from '../../../test/fixtures/schema/manifests.js';
import rule from './no-kind-match.js';

runRuleTests(rule, {
  valid: [
    { name: 'apps/v1 Deployment', code: deployment() },
    {
      name: 'a custom resource in a version its CRD serves (custom resources: the oracle cannot judge them)',
      code: widget('size: 1'),
      oracle: 'skip',
    },
  ],
  invalid: [
    {
      name: 'a misspelt kind (the API server reports it at apiVersion)',
      code: deployment().replace('kind: Deployment', 'kind: Deploymnet'),
      errors: [
        {
          path: 'kind',
          line: 2,
          column: 1,
          message: 'has no kind Deploymnet — did you mean Deployment?',
          oracleField: 'apiVersion',
        },
      ],
    },
    {
      name: 'a version the group does not have',
      code: deployment().replace('apiVersion: apps/v1', 'apiVersion: apps/v9'),
      errors: [
        {
          path: 'apiVersion',
          line: 1,
          column: 1,
          message: 'apps/v9 is not a version of the apps group that Kubernetes 1.37 serves (it serves apps/v1)',
        },
      ],
    },
    {
      name: 'a core kind in the wrong group names its apiVersion',
      code: 'apiVersion: apps/v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata: {a: b}\n',
      errors: [
        {
          path: 'kind',
          line: 2,
          column: 1,
          message:
            'ConfigMap is not a kind of the apps group, so the API server refuses the object ("no matches for kind"); it is served as apiVersion: v1',
          oracleField: 'apiVersion',
        },
      ],
    },
    {
      name: 'a version the CRD defines but does not serve (custom resources: the oracle cannot judge them)',
      code: widget('size: 1', 'example.com/v1beta1'),
      oracle: 'skip',
      errors: [
        {
          path: 'apiVersion',
          line: 32,
          column: 1,
          message: 'does not serve example.com/v1beta1; it serves example.com/v1',
        },
      ],
    },
    {
      name: 'a kind its group’s CRDs do not define, with the closest one (custom resources: the oracle cannot judge them)',
      code: widget('size: 1').replace('kind: Widget\n', 'kind: Widgit\n'),
      oracle: 'skip',
      errors: [
        {
          path: 'kind',
          line: 33,
          column: 1,
          message: 'no CustomResourceDefinition defines kind Widgit in example.com — did you mean Widget?',
        },
      ],
    },
  ],
});
