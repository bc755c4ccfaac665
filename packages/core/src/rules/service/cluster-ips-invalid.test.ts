import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './cluster-ips-invalid.js';

const service = (fields: string): string => manifests.service(`${fields}selector: {app: web}\nports:\n  - port: 80`);

runRuleTests(rule, {
  valid: [
    { name: 'clusterIP alone', code: service('clusterIP: 10.96.0.20\n') },
    { name: 'both fields in sync', code: service('clusterIP: 10.96.0.20\nclusterIPs: [10.96.0.20]\n') },
    { name: 'headless', code: service('clusterIP: None\n') },
    { name: 'headless in both fields', code: service('clusterIP: None\nclusterIPs: [None]\n') },
    { name: 'an IPv4 family for an IPv4 address', code: service('clusterIP: 10.96.0.20\nipFamilies: [IPv4]\n') },
    {
      name: 'ExternalName is left to service/external-name-fields-forbidden',
      code: manifests.service('type: ExternalName\nexternalName: db.example.com'),
    },
  ],
  invalid: [
    {
      name: 'clusterIP that is not an address',
      code: service('clusterIP: "0"\n'),
      errors: [{ path: 'spec.clusterIP', line: 6, column: 3, messageId: 'notAnIP', oracleField: 'spec.clusterIPs[0]' }],
      output: null,
    },
    {
      name: 'clusterIPs that disagree with clusterIP',
      code: service('clusterIP: 10.96.0.20\nclusterIPs: [10.96.0.21]\n'),
      errors: [{ path: 'spec.clusterIPs', line: 7, column: 3, messageId: 'firstMustMatch' }],
    },
    {
      name: 'clusterIPs without clusterIP',
      code: service('clusterIPs: [10.96.0.21]\n'),
      errors: [{ path: 'spec.clusterIPs', line: 6, column: 3, messageId: 'emptyWithoutClusterIP' }],
    },
    {
      name: 'two IPv4 addresses',
      code: service('clusterIP: 10.96.0.20\nclusterIPs: [10.96.0.20, 10.96.0.21]\nipFamilyPolicy: PreferDualStack\n'),
      errors: [{ path: 'spec.clusterIPs', line: 7, column: 3, messageId: 'sameFamily' }],
    },
    {
      name: 'None beside an address',
      code: service('clusterIP: None\nclusterIPs: [None, 10.96.0.21]\n'),
      errors: [{ path: 'spec.clusterIPs', line: 7, column: 3, messageId: 'noneNotAlone' }],
    },
    {
      name: 'an empty IP family',
      code: service('ipFamilies: [""]\n'),
      errors: [{ path: 'spec.ipFamilies[0]', line: 6, column: 16, messageId: 'familyUnsupported' }],
    },
    {
      name: 'a headless NodePort Service',
      code: service('type: NodePort\nclusterIP: None\n'),
      errors: [
        { path: 'spec.clusterIP', line: 7, column: 3, messageId: 'headlessType', oracleField: 'spec.clusterIPs[0]' },
      ],
    },
  ],
});
