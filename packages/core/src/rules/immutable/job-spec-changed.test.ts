import { runRuleTests } from '../../../test/support/rule-tester.js';
import { job } from '../../../test/fixtures/immutable/job.js';
import rule from './job-spec-changed.js';

const INDEXED = '  completionMode: Indexed\n';

runRuleTests(rule, {
  valid: [
    {
      name: 'parallelism changes',
      old: job({ spec: '  parallelism: 2\n' }),
      code: job({ spec: '  parallelism: 8\n' }),
    },
    {
      name: 'an Indexed Job scales completions and parallelism together',
      old: job({ spec: `${INDEXED}  completions: 4\n  parallelism: 4\n` }),
      code: job({ spec: `${INDEXED}  completions: 6\n  parallelism: 6\n` }),
    },
    {
      name: 'completions: 1 written out equals the default of a Job without completions and parallelism',
      old: job(),
      code: job({ spec: '  completions: 1\n' }),
    },
    {
      name: 'backoffLimit, activeDeadlineSeconds and ttlSecondsAfterFinished change',
      old: job({ spec: '  backoffLimit: 2\n' }),
      code: job({ spec: '  backoffLimit: 4\n  activeDeadlineSeconds: 600\n  ttlSecondsAfterFinished: 3600\n' }),
    },
    { name: 'the Job is suspended', old: job(), code: job({ spec: '  suspend: true\n' }) },
  ],
  invalid: [
    {
      name: 'completions of a NonIndexed Job change',
      old: job({ spec: '  completions: 5\n' }),
      code: job({ spec: '  completions: 10\n' }),
      errors: [{ path: 'spec.completions', line: 6, column: 3, message: 'NonIndexed' }],
    },
    {
      name: 'completions of an Indexed Job change alone',
      old: job({ spec: `${INDEXED}  completions: 4\n  parallelism: 4\n` }),
      code: job({ spec: `${INDEXED}  completions: 6\n  parallelism: 4\n` }),
      errors: [
        {
          path: 'spec.completions',
          line: 7,
          column: 3,
          message: 'can only be modified in tandem with spec.parallelism',
        },
      ],
    },
    {
      name: 'a podFailurePolicy is added',
      old: job(),
      code: job({
        spec: '  podFailurePolicy:\n    rules:\n      - action: FailJob\n        onExitCodes: {operator: In, values: [42]}\n',
      }),
      errors: [{ path: 'spec.podFailurePolicy', line: 6, column: 3, message: 'field is immutable' }],
    },
    {
      name: 'completionMode changes to Indexed',
      old: job({ spec: '  completions: 3\n' }),
      code: job({ spec: `${INDEXED}  completions: 3\n` }),
      errors: [{ path: 'spec.completionMode', line: 6, column: 3, message: '"NonIndexed" → "Indexed"' }],
    },
    {
      name: 'a manual selector changes',
      old: job({
        spec: '  manualSelector: true\n  selector:\n    matchLabels: {run: a}\n',
        templateMetadata: '      labels: {run: a, run-b: b}\n',
      }),
      code: job({
        spec: '  manualSelector: true\n  selector:\n    matchLabels: {run-b: b}\n',
        templateMetadata: '      labels: {run: a, run-b: b}\n',
      }),
      errors: [{ path: 'spec.selector', line: 7, column: 3, message: "a Job's selector cannot change" }],
    },
  ],
});
