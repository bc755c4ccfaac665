import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './service-field-changed.js';

/** Service `api`: spec fields (column 3) start at line 6, before the port and selector. */
const service = (specFields = '', ports = '    - port: 80\n      targetPort: 8080\n'): string => `apiVersion: v1
kind: Service
metadata:
  name: api
spec:
${specFields}  ports:
${ports}  selector:
    app: api
`;

const LIVE = `apiVersion: v1
kind: Service
metadata:
  name: api
  namespace: default
  uid: 0b6f0d2c-4a5e-4c1e-9f43-6d1b2f3e4a5b
  resourceVersion: "81234"
  creationTimestamp: "2026-11-01T09:00:00Z"
spec:
  type: ClusterIP
  clusterIP: 10.96.12.34
  clusterIPs: [10.96.12.34]
  ipFamilies: [IPv4]
  ipFamilyPolicy: SingleStack
  internalTrafficPolicy: Cluster
  sessionAffinity: None
  ports:
    - port: 80
      protocol: TCP
      targetPort: 8080
  selector:
    app: api
status:
  loadBalancer: {}
`;

const LB = (lbClass: string, extra = ''): string =>
  service(`  type: LoadBalancer\n  loadBalancerClass: ${lbClass}\n${extra}`);

runRuleTests(rule, {
  valid: [
    {
      name: 'a manifest without clusterIP keeps the allocated one (old read from the cluster)',
      old: LIVE,
      code: service(),
    },
    { name: 'the same clusterIP written out', old: LIVE, code: service('  clusterIP: 10.96.12.34\n') },
    {
      name: 'type ClusterIP → NodePort with named ports',
      old: service(),
      code: service(
        '  type: NodePort\n',
        '    - name: http\n      port: 80\n      nodePort: 30080\n    - name: https\n      port: 443\n',
      ),
    },
    {
      name: 'ClusterIP → ExternalName is exempt',
      old: LIVE,
      code: `apiVersion: v1\nkind: Service\nmetadata:\n  name: api\nspec:\n  type: ExternalName\n  externalName: api.example.com\n`,
    },
    {
      name: 'loadBalancerClass stays',
      old: LB('example.com/lb-a'),
      code: LB('example.com/lb-a', '  externalTrafficPolicy: Local\n'),
    },
  ],
  invalid: [
    {
      name: 'an allocated Service is made headless (old read from the cluster; the storage makes clusterIPs [None] from clusterIP, so the error is at clusterIPs[0])',
      old: LIVE,
      code: service('  clusterIP: None\n'),
      errors: [
        {
          path: 'spec.clusterIP',
          line: 6,
          column: 3,
          message: 'may not change once set',
          oracleField: 'spec.clusterIPs[0]',
        },
      ],
    },
    {
      name: 'a Service whose old manifest let the server allocate an IP is made headless (the error is at clusterIPs[0], made from clusterIP)',
      old: service(),
      code: service('  clusterIP: None\n'),
      errors: [
        {
          path: 'spec.clusterIP',
          line: 6,
          column: 3,
          message: 'left the cluster IP to the server',
          oracleField: 'spec.clusterIPs[0]',
        },
      ],
    },
    {
      name: 'clusterIPs[0] changes (the allocator refuses it first, at spec.clusterIPs: first value must match clusterIP)',
      old: LIVE,
      code: service('  clusterIPs: [10.96.12.99]\n'),
      errors: [
        {
          path: 'spec.clusterIPs[0]',
          line: 6,
          column: 16,
          message: '"10.96.12.34" → "10.96.12.99"',
          oracleField: 'spec.clusterIPs',
        },
      ],
    },
    {
      name: 'the loadBalancerClass changes',
      old: LB('example.com/lb-a'),
      code: LB('example.com/lb-b'),
      errors: [{ path: 'spec.loadBalancerClass', line: 7, column: 3, message: 'may not change once set' }],
    },
    {
      name: 'the health-check node port changes',
      old: LB('example.com/lb-a', '  externalTrafficPolicy: Local\n  healthCheckNodePort: 31000\n'),
      code: LB('example.com/lb-a', '  externalTrafficPolicy: Local\n  healthCheckNodePort: 31001\n'),
      errors: [{ path: 'spec.healthCheckNodePort', line: 9, column: 3, message: 'field is immutable' }],
    },
  ],
});
