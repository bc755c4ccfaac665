import { runRuleTests } from '../../../test/support/rule-tester.js';
import { node } from '../../../test/fixtures/node/manifests.js';
import rule from './taint-invalid.js';

/** A Node worker-1 whose scheduler.alpha.kubernetes.io/taints annotation (line 6) is this JSON. */
const annotated = (json: string): string =>
  `apiVersion: v1\nkind: Node\nmetadata:\n  name: worker-1\n  annotations:\n    scheduler.alpha.kubernetes.io/taints: '${json}'\n`;
const ANNOTATION_FIELD = 'metadata.annotations.scheduler.alpha.kubernetes.io/taints';

runRuleTests(rule, {
  valid: [
    {
      name: 'one key with two effects',
      code: node(
        'taints:\n  - {key: dedicated, value: gpu, effect: NoSchedule}\n  - {key: dedicated, value: gpu, effect: NoExecute}',
      ),
    },
    {
      name: 'annotation taints with field names in any case, as encoding/json reads them',
      code: annotated(
        '[{"Key":"dedicated","Value":"gpu","Effect":"NoSchedule"},{"key":"dedicated","effect":"NoExecute"}]',
      ),
    },
    { name: 'an annotation of null sets no taints', code: annotated('null') },
  ],
  invalid: [
    {
      name: 'a value with a slash',
      code: node('taints:\n  - {key: dedicated, value: team/gpu, effect: NoSchedule}'),
      errors: [
        {
          path: 'spec.taints[0].value',
          line: 7,
          column: 24,
          messageId: 'value',
          oracleField: 'metadata.taints[0].value',
        },
      ],
      output: null,
    },
    {
      name: 'a key that is not a label name',
      code: node('taints:\n  - {key: -dedicated, effect: NoSchedule}'),
      errors: [
        { path: 'spec.taints[0].key', line: 7, column: 8, messageId: 'key', oracleField: 'metadata.taints[0].key' },
      ],
    },
    {
      name: 'the same key and effect twice',
      code: node(
        'taints:\n  - {key: dedicated, value: gpu, effect: NoSchedule}\n  - {key: dedicated, value: cpu, effect: NoSchedule}',
      ),
      errors: [
        { path: 'spec.taints[1]', line: 8, column: 7, messageId: 'duplicate', oracleField: 'metadata.taints[1]' },
      ],
    },
    {
      name: 'an annotation that is not a JSON list (the API server reports it at metadata.annotations)',
      code: annotated('{"key":"dedicated","effect":"NoSchedule"}'),
      errors: [{ path: 'metadata.annotations', line: 5, column: 3, messageId: 'annotationJson' }],
    },
    {
      name: 'annotation taints with a bad key, no effect and a repeated key (the API server reports inside the annotation)',
      code: annotated('[{"key":"gpu_","effect":"NoSchedule"},{"key":"gpu"},{"key":"gpu_","effect":"NoSchedule"}]'),
      errors: [
        {
          path: 'metadata.annotations[scheduler.alpha.kubernetes.io/taints]',
          line: 6,
          column: 5,
          messageId: 'annotationKey',
          oracleField: `${ANNOTATION_FIELD}[0].key`,
        },
        {
          path: 'metadata.annotations[scheduler.alpha.kubernetes.io/taints]',
          line: 6,
          column: 5,
          messageId: 'annotationEffectMissing',
          oracleField: `${ANNOTATION_FIELD}[1].effect`,
        },
        {
          path: 'metadata.annotations[scheduler.alpha.kubernetes.io/taints]',
          line: 6,
          column: 5,
          messageId: 'annotationKey',
          oracleField: `${ANNOTATION_FIELD}[2].key`,
        },
        {
          path: 'metadata.annotations[scheduler.alpha.kubernetes.io/taints]',
          line: 6,
          column: 5,
          messageId: 'annotationDuplicate',
          oracleField: `${ANNOTATION_FIELD}[2]`,
        },
      ],
    },
    {
      name: 'an annotation taint with an unknown effect and a value with a slash',
      code: annotated('[{"key":"dedicated","value":"team/gpu","effect":"NoAdmit"}]'),
      errors: [
        {
          path: 'metadata.annotations[scheduler.alpha.kubernetes.io/taints]',
          line: 6,
          column: 5,
          messageId: 'annotationValue',
          oracleField: `${ANNOTATION_FIELD}[0].value`,
        },
        {
          path: 'metadata.annotations[scheduler.alpha.kubernetes.io/taints]',
          line: 6,
          column: 5,
          messageId: 'annotationEffect',
          oracleField: `${ANNOTATION_FIELD}[0].effect`,
        },
      ],
    },
  ],
});
