import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './external-name-fields-forbidden.js';

const externalName = (fields: string): string =>
  manifests.service(`type: ExternalName\nexternalName: db.example.com\n${fields}`);

runRuleTests(rule, {
  valid: [
    { name: 'only externalName', code: externalName('') },
    { name: 'an empty clusterIP is not set', code: externalName('clusterIP: ""\n') },
    {
      name: 'a ClusterIP Service',
      code: manifests.service('clusterIP: 10.96.0.20\nipFamilies: [IPv4]\nports:\n  - port: 80'),
    },
  ],
  invalid: [
    {
      name: 'clusterIP',
      code: externalName('clusterIP: 10.96.0.20\n'),
      errors: [{ path: 'spec.clusterIP', line: 8, column: 3, messageId: 'forbidden', oracleField: 'spec.clusterIPs' }],
      output: null,
    },
    {
      name: 'update: a clusterIP added to a live ExternalName Service (the storage fills clusterIPs from it)',
      old: externalName(''),
      code: externalName('clusterIP: 10.96.0.20\n'),
      errors: [{ path: 'spec.clusterIP', line: 8, column: 3, messageId: 'forbidden', oracleField: 'spec.clusterIPs' }],
    },
    {
      name: 'clusterIPs, families and policy',
      code: externalName(
        'clusterIP: 10.96.0.20\nclusterIPs: [10.96.0.20]\nipFamilies: [IPv4]\nipFamilyPolicy: SingleStack\n',
      ),
      errors: [
        { path: 'spec.clusterIPs', line: 9, column: 3, messageId: 'forbidden' },
        { path: 'spec.ipFamilies', line: 10, column: 3, messageId: 'forbidden' },
        { path: 'spec.ipFamilyPolicy', line: 11, column: 3, messageId: 'forbidden' },
      ],
    },
  ],
});
