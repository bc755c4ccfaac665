import { runRuleTests } from '../../../test/support/rule-tester.js';
import { VOLUME_BASICS, volume } from '../../../test/fixtures/storage/manifests.js';
import rule from './pv-node-affinity-invalid.js';

const local = (requirement: string): string =>
  volume(
    `${VOLUME_BASICS}\nlocal: {path: /mnt/disks/a}\nnodeAffinity:\n  required:\n    nodeSelectorTerms:\n    - ${requirement}`,
  );

runRuleTests(rule, {
  valid: [
    {
      name: 'a local volume on one host',
      code: local('matchExpressions: [{key: kubernetes.io/hostname, operator: In, values: [worker-1]}]'),
    },
    { name: 'Exists without values', code: local('matchExpressions: [{key: example.com/ssd, operator: Exists}]') },
    {
      name: 'a node name in matchFields',
      code: local('matchFields: [{key: metadata.name, operator: In, values: [worker-1]}]'),
    },
    { name: 'an empty term', code: local('{}') },
    {
      name: 'an nfs volume needs no affinity',
      code: volume(`${VOLUME_BASICS}\nnfs: {server: nfs.example.com, path: /a}`),
    },
  ],
  invalid: [
    {
      name: 'a local volume without affinity',
      code: volume(`${VOLUME_BASICS}\nlocal: {path: /mnt/disks/a}`),
      errors: [{ path: 'spec.nodeAffinity', line: 5, column: 1, messageId: 'localNeedsAffinity' }],
      output: null,
    },
    {
      name: 'In without values',
      code: local('matchExpressions: [{key: kubernetes.io/hostname, operator: In, values: []}]'),
      errors: [
        {
          path: 'spec.nodeAffinity.required.nodeSelectorTerms[0].matchExpressions[0].values',
          line: 12,
          column: 72,
          messageId: 'needValues',
        },
      ],
    },
    {
      name: 'Exists with values',
      code: local('matchExpressions: [{key: example.com/ssd, operator: Exists, values: ["true"]}]'),
      errors: [
        {
          path: 'spec.nodeAffinity.required.nodeSelectorTerms[0].matchExpressions[0].values',
          line: 12,
          column: 69,
          messageId: 'noValues',
        },
      ],
    },
    {
      name: 'a key with a space',
      code: local('matchExpressions: [{key: "node type", operator: In, values: [ssd]}]'),
      errors: [
        {
          path: 'spec.nodeAffinity.required.nodeSelectorTerms[0].matchExpressions[0].key',
          line: 12,
          column: 29,
          messageId: 'labelKey',
        },
      ],
    },
    {
      name: 'a value ending in a dash',
      code: local('matchExpressions: [{key: kubernetes.io/hostname, operator: In, values: [worker-]}]'),
      errors: [
        {
          path: 'spec.nodeAffinity.required.nodeSelectorTerms[0].matchExpressions[0].values[0]',
          line: 12,
          column: 81,
          messageId: 'labelValue',
        },
      ],
    },
    {
      name: 'an upper-case node name in matchFields',
      code: local('matchFields: [{key: metadata.name, operator: In, values: [Worker_1]}]'),
      errors: [
        {
          path: 'spec.nodeAffinity.required.nodeSelectorTerms[0].matchFields[0].values[0]',
          line: 12,
          column: 67,
          messageId: 'nodeName',
        },
      ],
    },
  ],
});
