import { runRuleTests } from '../../../test/support/rule-tester.js';
import { POD, widget } from '../../../test/fixtures/schema/manifests.js';
import { signingRequest } from '../../../test/fixtures/certificates/manifests.js';
import rule from './metadata-name-invalid.js';

const object = (apiVersion: string, kind: string, name: string, rest = ''): string => `apiVersion: ${apiVersion}
kind: ${kind}
metadata:
  name: ${name}
${rest}`;

const service = (name: string): string =>
  object('v1', 'Service', name, 'spec:\n  selector: {app: web}\n  ports: [{port: 80}]\n');

runRuleTests(rule, {
  valid: [
    { name: 'a ConfigMap name with dots (DNS subdomain)', code: object('v1', 'ConfigMap', 'app.settings.v2') },
    {
      name: 'a ClusterRole name with a colon (path segment)',
      code: object('rbac.authorization.k8s.io/v1', 'ClusterRole', 'system:metrics-reader', 'rules: []\n'),
    },
    { name: 'a Service name starting with a digit (1.35+ relaxed names)', code: service('1web') },
    {
      name: 'a LimitRange without a name (its registry names it with a UUID)',
      code: 'apiVersion: v1\nkind: LimitRange\nspec:\n  limits: [{type: Container, max: {cpu: "2"}}]\n',
    },
    {
      name: 'a core v1 Event name is a path segment (legacy Event validation)',
      code: 'apiVersion: v1\nkind: Event\nmetadata: {name: My_Event.17a, namespace: default}\ninvolvedObject: {kind: Pod, name: web, namespace: default}\nreason: Started\ntype: Normal\nsource: {component: kubelet}\n',
    },
    {
      name: 'a CertificateSigningRequest name is a path segment (its name function checks nothing)',
      code: signingRequest().replace('name: jane', 'name: Node_CSR.1'),
    },
    {
      name: 'a PodDisruptionBudget name is a path segment (only its spec is validated)',
      code: object(
        'policy/v1',
        'PodDisruptionBudget',
        'Web_PDB',
        'spec:\n  minAvailable: 1\n  selector: {matchLabels: {app: web}}\n',
      ),
    },
    {
      name: 'a cluster-scoped ResourceSlice ignores metadata.namespace',
      code: 'apiVersion: resource.k8s.io/v1\nkind: ResourceSlice\nmetadata: {name: worker-1-gpu, namespace: Not_A_Namespace}\nspec:\n  driver: gpu.example.com\n  nodeName: worker-1\n  pool: {name: worker-1, generation: 1, resourceSliceCount: 1}\n',
    },
    { name: 'generateName instead of name', code: POD.replace('  name: web\n', '  generateName: web-\n') },
    {
      name: 'a namespaced object in a valid namespace',
      code: object('v1', 'ConfigMap', 'settings', '  namespace: team-a\n'),
    },
    {
      name: 'a custom resource with a valid name (custom resources: the oracle cannot judge them)',
      code: widget('size: 1'),
      oracle: 'skip',
    },
  ],
  invalid: [
    {
      name: 'an IPAddress named other than an IP address',
      code: object(
        'networking.k8s.io/v1',
        'IPAddress',
        'dns-vip',
        'spec:\n  parentRef: {resource: services, name: dns, namespace: kube-system}\n',
      ),
      errors: [{ path: 'metadata.name', line: 4, column: 3, messageId: 'metadataNameInvalid' }],
    },
    {
      name: 'an IPAddress named by an IPv6 address not in canonical form',
      code: object(
        'networking.k8s.io/v1',
        'IPAddress',
        '2001:DB8::a',
        'spec:\n  parentRef: {resource: services, name: dns, namespace: kube-system}\n',
      ),
      errors: [{ path: 'metadata.name', line: 4, column: 3, message: 'must be in canonical form ("2001:db8::a")' }],
    },
    {
      name: 'an IPAddress named with leading zeros',
      code: object(
        'networking.k8s.io/v1',
        'IPAddress',
        '010.96.0.10',
        'spec:\n  parentRef: {resource: services, name: dns, namespace: kube-system}\n',
      ),
      errors: [{ path: 'metadata.name', line: 4, column: 3, message: 'must not have leading 0s' }],
    },
    {
      name: 'a PodDisruptionBudget name with a slash is not a path segment',
      code: object(
        'policy/v1',
        'PodDisruptionBudget',
        'web/pdb',
        'spec:\n  minAvailable: 1\n  selector: {matchLabels: {app: web}}\n',
      ),
      errors: [{ path: 'metadata.name', line: 4, column: 3, message: 'is not a path segment' }],
    },
    {
      name: 'a CertificateSigningRequest name with a slash is not a path segment',
      code: signingRequest().replace('name: jane', 'name: ../escape'),
      errors: [{ path: 'metadata.name', line: 4, column: 3, message: 'is not a path segment' }],
    },
    {
      name: 'upper case in a Deployment name',
      code: object(
        'apps/v1',
        'Deployment',
        'My-App',
        'spec:\n  selector: {matchLabels: {app: a}}\n  template:\n    metadata: {labels: {app: a}}\n    spec: {containers: [{name: a, image: nginx:1.27}]}\n',
      ),
      errors: [
        { path: 'metadata.name', line: 4, column: 3, message: 'Deployment name "My-App" is not a DNS subdomain' },
      ],
    },
    {
      name: 'a dot in a Service name',
      code: service('web.v2'),
      errors: [
        {
          path: 'metadata.name',
          line: 4,
          column: 3,
          message: 'is not a DNS label (a Service name becomes a DNS label',
        },
      ],
    },
    {
      name: 'a Service name starting with a digit before 1.35 (older releases: the oracle judges 1.37 only)',
      code: service('1web'),
      kubernetesVersion: '1.33',
      oracle: 'skip',
      errors: [{ path: 'metadata.name', line: 4, column: 3, message: 'is not an RFC 1035 DNS label' }],
    },
    {
      name: 'an underscore in a Namespace name',
      code: object('v1', 'Namespace', 'team_a'),
      errors: [{ path: 'metadata.name', line: 4, column: 3, message: 'Namespace name "team_a" is not a DNS label' }],
    },
    {
      name: 'a slash in a Role name',
      code: object('rbac.authorization.k8s.io/v1', 'Role', 'ops/admin', 'rules: []\n'),
      errors: [{ path: 'metadata.name', line: 4, column: 3, message: 'it may not contain "/"' }],
    },
    {
      name: 'no name at all',
      code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  labels: {app: web}\ndata: {a: b}\n',
      errors: [{ path: 'metadata.name', line: 3, column: 1, message: 'has no metadata.name' }],
    },
    {
      name: 'an invalid namespace',
      code: object('v1', 'ConfigMap', 'settings', '  namespace: Team_A\n'),
      errors: [
        { path: 'metadata.namespace', line: 5, column: 3, message: 'namespace "Team_A" is not a valid namespace name' },
      ],
    },
  ],
});
