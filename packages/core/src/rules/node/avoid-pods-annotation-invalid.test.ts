import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './avoid-pods-annotation-invalid.js';

/** A Node worker-1 whose scheduler.alpha.kubernetes.io/preferAvoidPods annotation (line 6) is this JSON. */
const annotated = (json: string): string =>
  `apiVersion: v1\nkind: Node\nmetadata:\n  name: worker-1\n  annotations:\n    scheduler.alpha.kubernetes.io/preferAvoidPods: '${json}'\n`;
const controller = (isController: boolean): string =>
  `{"podSignature":{"podController":{"apiVersion":"apps/v1","kind":"ReplicaSet","name":"web-5d4f","uid":"0b7c6f52-4e0f-4f7e-9c1e-2f1c2d3e4f50","controller":${isController}}}}`;
const ANNOTATION_FIELD = 'metadata.annotations.scheduler.alpha.kubernetes.io/preferAvoidPods';

runRuleTests(rule, {
  valid: [
    { name: 'an entry naming a controller', code: annotated(`{"preferAvoidPods":[${controller(true)}]}`) },
    { name: 'an empty object', code: annotated('{}') },
  ],
  invalid: [
    {
      name: 'a JSON list instead of an object (reported at metadata.annotations.AvoidPods, as the API server does)',
      code: annotated('[]'),
      errors: [{ path: 'metadata.annotations.AvoidPods', line: 5, column: 3, messageId: 'json' }],
      output: null,
    },
    {
      name: 'an entry without a pod signature, and one whose owner is not a controller',
      code: annotated(`{"preferAvoidPods":[{"reason":"maintenance"},${controller(false)}]}`),
      errors: [
        {
          path: 'metadata.annotations[scheduler.alpha.kubernetes.io/preferAvoidPods]',
          line: 6,
          column: 5,
          messageId: 'signatureRequired',
          oracleField: `${ANNOTATION_FIELD}[0].PodSignature`,
        },
        {
          path: 'metadata.annotations[scheduler.alpha.kubernetes.io/preferAvoidPods]',
          line: 6,
          column: 5,
          messageId: 'notController',
          oracleField: `${ANNOTATION_FIELD}[1].PodSignature.PodController.Controller`,
        },
      ],
    },
  ],
});
