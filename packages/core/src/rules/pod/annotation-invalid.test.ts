import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './annotation-invalid.js';

const annotated = (annotations: string, spec = manifests.webContainer()): string =>
  manifests.pod(spec).replace('  name: web\n', `  name: web\n  annotations:\n${manifests.indent(annotations, 4)}\n`);

runRuleTests(rule, {
  valid: [
    {
      name: 'a mirror pod bound to its node',
      code: annotated(
        'kubernetes.io/config.mirror: "4f1c"',
        manifests.blocks('nodeName: worker-1', manifests.webContainer()),
      ),
    },
    {
      name: 'deletion costs with a minus sign and leading zeros after it',
      code: annotated('controller.kubernetes.io/pod-deletion-cost: "-007"'),
    },
    {
      name: 'a tolerations list with fields in another case and unknown fields',
      code: annotated(`scheduler.alpha.kubernetes.io/tolerations: '[{"KEY": "a", "Operator": "Exists", "foo": 1}]'`),
    },
    {
      name: 'a template with a mirror annotation, a node name and claims (only Pods are checked)',
      code: manifests
        .deployment(
          manifests.blocks(
            'nodeName: worker-1\nresourceClaims:\n  - name: gpu\n    resourceClaimTemplateName: gpus',
            manifests.webContainer(),
          ),
        )
        .replace(
          '      labels: {app: web}\n',
          '      annotations: {kubernetes.io/config.mirror: "x"}\n      labels: {app: web}\n',
        ),
    },
    { name: 'an empty tolerations annotation', code: annotated(`scheduler.alpha.kubernetes.io/tolerations: ""`) },
  ],
  invalid: [
    {
      name: 'a mirror annotation without nodeName',
      code: annotated('kubernetes.io/config.mirror: "4f1c"'),
      errors: [
        {
          path: 'metadata.annotations[kubernetes.io/config.mirror]',
          line: 6,
          column: 5,
          messageId: 'mirrorWithoutNode',
        },
      ],
      output: null,
    },
    {
      name: 'a mirror pod with resource claims',
      code: annotated(
        'kubernetes.io/config.mirror: "4f1c"',
        manifests.blocks(
          'nodeName: worker-1\nresourceClaims:\n  - name: gpu\n    resourceClaimTemplateName: gpus',
          manifests.webContainer(),
        ),
      ),
      // validatePodResourceClaim reports at the root of a path it builds anew.
      errors: [{ path: 'spec.resourceClaims', line: 9, column: 3, messageId: 'mirrorWithClaims', oracleField: '[]' }],
    },
    {
      name: 'a deletion cost with a plus sign, and one beyond 32 bits',
      code: manifests.stream(
        annotated('controller.kubernetes.io/pod-deletion-cost: "+5"'),
        annotated('controller.kubernetes.io/pod-deletion-cost: "2147483648"'),
      ),
      errors: [
        {
          path: 'metadata.annotations[controller.kubernetes.io/pod-deletion-cost]',
          line: 6,
          column: 5,
          messageId: 'deletionCost',
        },
        {
          path: 'metadata.annotations[controller.kubernetes.io/pod-deletion-cost]',
          line: 17,
          column: 5,
          messageId: 'deletionCost',
        },
      ],
    },
    {
      name: 'tolerations as an object, with a number for a key, and with fractional seconds',
      code: manifests.stream(
        annotated(`scheduler.alpha.kubernetes.io/tolerations: '{"key": "a"}'`),
        annotated(`scheduler.alpha.kubernetes.io/tolerations: '[{"Key": 1}]'`),
        annotated(`scheduler.alpha.kubernetes.io/tolerations: '[{"tolerationSeconds": 1.5}]'`),
      ),
      errors: [
        {
          path: 'metadata.annotations[scheduler.alpha.kubernetes.io/tolerations]',
          line: 6,
          column: 5,
          messageId: 'tolerations',
          // ValidateTolerationsInPodAnnotations reports at the annotations map.
          oracleField: 'metadata.annotations',
        },
        {
          path: 'metadata.annotations[scheduler.alpha.kubernetes.io/tolerations]',
          line: 17,
          column: 5,
          messageId: 'tolerations',
          oracleField: 'metadata.annotations',
        },
        {
          path: 'metadata.annotations[scheduler.alpha.kubernetes.io/tolerations]',
          line: 28,
          column: 5,
          messageId: 'tolerations',
          oracleField: 'metadata.annotations',
        },
      ],
    },
    {
      name: 'a Deployment template with a mirror annotation and a fractional deletion cost',
      code: manifests
        .deployment(manifests.webContainer())
        .replace(
          '      labels: {app: web}\n',
          '      annotations:\n        kubernetes.io/config.mirror: "x"\n        controller.kubernetes.io/pod-deletion-cost: "1.0"\n      labels: {app: web}\n',
        ),
      errors: [
        {
          path: 'spec.template.metadata.annotations[kubernetes.io/config.mirror]',
          line: 11,
          column: 9,
          messageId: 'mirrorWithoutNode',
          // ValidatePodTemplateSpec names the template's annotations without metadata.
          oracleField: 'spec.template.annotations[kubernetes.io/config.mirror]',
        },
        {
          path: 'spec.template.metadata.annotations[controller.kubernetes.io/pod-deletion-cost]',
          line: 12,
          column: 9,
          messageId: 'deletionCost',
          oracleField: 'spec.template.annotations[controller.kubernetes.io/pod-deletion-cost]',
        },
      ],
    },
  ],
});
