import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './host-aliases-invalid.js';

const pod = (aliases: string): string =>
  manifests.pod(manifests.blocks(manifests.webContainer(), `hostAliases:\n${manifests.indent(aliases, 2)}`));

runRuleTests(rule, {
  valid: [
    {
      name: 'IPv4 and IPv6 with lower-case names',
      code: pod('- ip: 10.1.2.3\n  hostnames: [db.internal, db]\n- ip: "2001:db8::1"\n  hostnames: [v6.internal]'),
    },
  ],
  invalid: [
    {
      name: 'a host name as the ip',
      code: pod('- ip: db.local\n  hostnames: [db]'),
      errors: [{ path: 'spec.hostAliases[0].ip', line: 10, column: 7, messageId: 'ip' }],
      output: null,
    },
    {
      name: 'a capitalised host name is lower-cased',
      code: pod('- ip: 10.1.2.3\n  hostnames: [DB.internal]'),
      errors: [{ path: 'spec.hostAliases[0].hostnames[0]', line: 11, column: 19, messageId: 'hostname' }],
      output: pod('- ip: 10.1.2.3\n  hostnames: [db.internal]'),
    },
    {
      name: 'an underscore has no fix',
      code: pod('- ip: 10.1.2.3\n  hostnames: [db_primary]'),
      errors: [{ path: 'spec.hostAliases[0].hostnames[0]', line: 11, column: 19, messageId: 'hostname' }],
      output: null,
    },
  ],
});
