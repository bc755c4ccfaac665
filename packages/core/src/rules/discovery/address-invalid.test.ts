import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './address-invalid.js';

/** Endpoints `web` with one ready address (its `ip:` at line 7, column 7). */
const endpoints = (ip: string): string => `apiVersion: v1
kind: Endpoints
metadata:
  name: web
subsets:
  - addresses:
      - ip: ${ip}
    ports:
      - port: 8080
`;

/** An EndpointSlice of this address type with one endpoint (its first address at line 8, column 11). */
const slice = (addressType: string, address: string): string => `apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: web-abc
  labels: {kubernetes.io/service-name: web}
addressType: ${addressType}
endpoints:
  - addresses: [${address}]
ports:
  - {name: http, port: 8080, protocol: TCP}
`;

runRuleTests(rule, {
  valid: [
    { name: 'an Endpoints address', code: endpoints('10.244.1.7') },
    { name: 'an IPv4 slice', code: slice('IPv4', '10.244.1.7') },
    { name: 'an IPv6 slice', code: slice('IPv6', '"fd00::7"') },
    { name: 'an FQDN slice', code: slice('FQDN', 'db.example.com') },
  ],
  invalid: [
    {
      name: 'an Endpoints address that is not an IP',
      code: endpoints('a.b'),
      errors: [{ path: 'subsets[0].addresses[0].ip', line: 7, column: 9, messageId: 'invalid' }],
      output: null,
    },
    {
      name: 'a loopback Endpoints address',
      code: endpoints('127.0.0.1'),
      errors: [{ path: 'subsets[0].addresses[0].ip', line: 7, column: 9, messageId: 'invalid', message: 'loopback' }],
    },
    {
      name: 'a host name in an IPv4 slice',
      code: slice('IPv4', 'db.example.com'),
      errors: [{ path: 'endpoints[0].addresses[0]', line: 8, column: 17, messageId: 'invalid' }],
    },
    {
      name: 'an IPv6 address in an IPv4 slice',
      code: slice('IPv4', '"fd00::7"'),
      errors: [{ path: 'endpoints[0].addresses', line: 8, column: 5, messageId: 'family' }],
    },
    {
      name: 'an IPv6 address in upper case, not the canonical form an IPv6 slice wants',
      code: slice('IPv6', '"FD00::7"'),
      errors: [{ path: 'endpoints[0].addresses[0]', line: 8, column: 17, messageId: 'invalid' }],
    },
    {
      name: 'an IPv4-mapped address in an IPv6 slice',
      code: slice('IPv6', '"::ffff:10.244.1.7"'),
      errors: [{ path: 'endpoints[0].addresses[0]', line: 8, column: 17, messageId: 'invalid' }],
    },
    {
      name: 'a single label in an FQDN slice',
      code: slice('FQDN', 'db'),
      errors: [{ path: 'endpoints[0].addresses[0]', line: 8, column: 17, messageId: 'fqdn' }],
    },
  ],
});
