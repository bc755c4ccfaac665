import { runRuleTests } from '../../../test/support/rule-tester.js';
import { runtimeClass } from '../../../test/fixtures/node/manifests.js';
import rule from './runtime-class-invalid.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'overhead and scheduling',
      code: runtimeClass(
        'overhead:\n  podFixed: {cpu: 250m, memory: 120Mi}\nscheduling:\n  nodeSelector: {sandbox: gvisor}\n  tolerations:\n    - {key: sandbox, operator: Exists, effect: NoSchedule}',
      ),
    },
  ],
  invalid: [
    {
      name: 'a handler with an underscore',
      code: runtimeClass('', 'run_sc'),
      errors: [{ path: 'handler', line: 5, column: 1, messageId: 'handler' }],
      output: null,
    },
    {
      name: 'an overhead that is no container resource',
      code: runtimeClass('overhead:\n  podFixed: {pods: "1"}'),
      errors: [
        {
          path: 'overhead.podFixed.pods',
          line: 7,
          column: 14,
          messageId: 'overheadName',
          oracleField: 'overhead.limits[pods]',
        },
      ],
    },
    {
      name: 'tolerationSeconds without NoExecute, and Exists with a value',
      code: runtimeClass(
        'scheduling:\n  tolerations:\n    - {key: sandbox, operator: Exists, value: gvisor, effect: NoSchedule, tolerationSeconds: 30}',
      ),
      errors: [
        { path: 'scheduling.tolerations[0].operator', line: 8, column: 22, messageId: 'existsWithValue' },
        { path: 'scheduling.tolerations[0].effect', line: 8, column: 55, messageId: 'secondsNeedNoExecute' },
      ],
    },
  ],
});
