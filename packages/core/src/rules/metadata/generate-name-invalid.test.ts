import { runRuleTests } from '../../../test/support/rule-tester.js';
import { configMapWithMetadata } from '../../../test/fixtures/metadata/manifests.js';
import rule from './generate-name-invalid.js';
import { widgetCrd } from '../../../../../test/fixtures/crds.js';

const generateName = (prefix: string): string => configMapWithMetadata(`generateName: ${JSON.stringify(prefix)}`);

const clusterRole = (prefix: string): string =>
  `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: reader
  generateName: ${JSON.stringify(prefix)}
rules: []
`;

const cronJob = (prefix?: string): string =>
  `apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
${prefix === undefined ? '' : `  generateName: ${JSON.stringify(prefix)}\n`}spec:
  schedule: "0 1 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers: [{name: report, image: busybox}]
`;

const service = (prefix: string): string =>
  `apiVersion: v1
kind: Service
metadata:
  name: web
  generateName: ${JSON.stringify(prefix)}
spec:
  ports: [{port: 80}]
`;

const namespace = (prefix?: string): string =>
  `apiVersion: v1
kind: Namespace
metadata:
  name: shop
${prefix === undefined ? '' : `  generateName: ${JSON.stringify(prefix)}\n`}`;

const event = (prefix: string): string =>
  `apiVersion: events.k8s.io/v1
kind: Event
metadata:
  name: web.17a
  generateName: ${JSON.stringify(prefix)}
eventTime: "2024-05-01T10:00:00.000000Z"
reportingController: example.com/controller
reportingInstance: controller-1
action: Started
reason: Started
type: Normal
regarding: {kind: Pod, name: web, namespace: default}
`;

runRuleTests(rule, {
  valid: [
    { name: 'a prefix ending in "-", as generated names are', code: generateName('settings-') },
    { name: 'a DNS-subdomain prefix with dots', code: generateName('settings.example') },
    { name: 'RBAC objects check only that the prefix has no "/"', code: clusterRole('Reader_') },
    {
      name: 'a CronJob update does not check the prefix again',
      code: cronJob('Report_'),
      old: cronJob(),
    },
  ],
  invalid: [
    {
      name: 'upper case and "_" in a ConfigMap prefix',
      code: generateName('Settings_'),
      errors: [{ path: 'metadata.generateName', line: 5, column: 3, messageId: 'kindName' }],
      output: null,
    },
    {
      name: 'a "/" in an RBAC object prefix',
      code: clusterRole('team/reader-'),
      errors: [{ path: 'metadata.generateName', line: 5, column: 3, messageId: 'pathSegment' }],
    },
    {
      name: 'a dot in a Service prefix: Service names are DNS labels',
      code: service('web.v2-'),
      errors: [{ path: 'metadata.generateName', line: 5, column: 3, messageId: 'kindName' }],
    },
    {
      name: 'a Namespace update checks the prefix again',
      code: namespace('Shop_'),
      old: namespace(),
      errors: [{ path: 'metadata.generateName', line: 5, column: 3, messageId: 'kindName' }],
    },
    {
      name: 'an events.k8s.io Event prefix is a DNS subdomain on create',
      code: event('-leading'),
      errors: [{ path: 'metadata.generateName', line: 5, column: 3, messageId: 'kindName' }],
    },
    {
      name: 'a prefix over 253 characters',
      code: generateName(`${'a'.repeat(254)}`),
      errors: [{ path: 'metadata.generateName', line: 5, column: 3, messageId: 'kindName' }],
    },
    {
      name: 'a CustomResourceDefinition prefix: its name must be <plural>.<group>',
      code: widgetCrd('size: {type: integer}').replace(
        '  name: widgets.example.com\n',
        '  name: widgets.example.com\n  generateName: widgets-\n',
      ),
      errors: [{ path: 'metadata.generateName', line: 5, column: 3, messageId: 'kindName' }],
    },
  ],
});
