import { runRuleTests } from '../../../test/support/rule-tester.js';
import { insertAfter, POD } from '../../../test/fixtures/schema/manifests.js';
import rule from './value-unparsable.js';

const limits = (value: string): string =>
  insertAfter(POD, 10, `      resources:\n        limits:\n          memory: ${value}`);
const cpu = (value: string): string =>
  insertAfter(POD, 10, `      resources:\n        requests:\n          cpu: ${value}`);

const secret = (value: string): string => `apiVersion: v1
kind: Secret
metadata:
  name: credentials
data:
  password: ${value}
`;

runRuleTests(rule, {
  valid: [
    { name: 'binary suffix', code: limits('1Gi') },
    { name: 'decimal suffix', code: limits('500M') },
    { name: 'millicores', code: cpu('500m') },
    { name: 'a plain number', code: cpu('0.5') },
    { name: 'a fraction without a leading digit', code: cpu('.5') },
    { name: 'an exponent', code: limits('1e9') },
    { name: 'surrounding spaces are trimmed by the decoder', code: limits('" 1Gi "') },
    { name: 'base64 Secret data', code: secret('c2VjcmV0') },
    { name: 'base64 split over lines (newlines are skipped)', code: secret('|\n    c2Vj\n    cmV0') },
    {
      name: 'an RFC 3339 timestamp',
      code: POD.replace('  name: web\n', '  name: web\n  creationTimestamp: "2024-01-31T12:00:00Z"\n'),
    },
  ],
  invalid: [
    {
      name: 'Gb is not a suffix: two suggestions, no fix',
      code: limits('1Gb'),
      errors: [
        {
          path: 'spec.containers[0].resources.limits.memory',
          line: 13,
          column: 11,
          message: 'did you mean "1Gi" or "1G"?',
          oracleField: 'spec.containers[0].resources.limits[memory]',
        },
      ],
      output: null,
    },
    {
      name: 'a suffix in the wrong case is fixed',
      code: limits('512mi'),
      errors: [
        {
          path: 'spec.containers[0].resources.limits.memory',
          line: 13,
          column: 11,
          message: 'did you mean "512Mi"?',
          oracleField: 'spec.containers[0].resources.limits[memory]',
        },
      ],
      output: limits('"512Mi"'),
    },
    {
      name: 'an empty quantity',
      code: cpu('""'),
      errors: [
        {
          path: 'spec.containers[0].resources.requests.cpu',
          line: 13,
          column: 11,
          message: 'is not a valid quantity',
          oracleField: 'spec.containers[0].resources.requests[cpu]',
        },
      ],
    },
    {
      name: 'a unit word',
      code: cpu('1 core'),
      errors: [
        {
          path: 'spec.containers[0].resources.requests.cpu',
          line: 13,
          column: 11,
          message: 'is not a valid quantity',
          oracleField: 'spec.containers[0].resources.requests[cpu]',
        },
      ],
    },
    {
      name: 'Secret data that is not base64',
      code: secret('"hunter2!"'),
      errors: [
        { path: 'data.password', line: 6, column: 3, message: 'is not valid base64', oracleField: 'data[password]' },
      ],
    },
    {
      name: 'base64 without its padding',
      code: secret('c2VjcmV0MQ'),
      errors: [
        {
          path: 'data.password',
          line: 6,
          column: 3,
          message: 'put plain text under stringData',
          oracleField: 'data[password]',
        },
      ],
    },
    {
      name: 'a timestamp with month 13',
      code: POD.replace('  name: web\n', '  name: web\n  creationTimestamp: "2024-13-01T00:00:00Z"\n'),
      errors: [{ path: 'metadata.creationTimestamp', line: 5, column: 3, message: 'is not an RFC 3339 time' }],
    },
  ],
});
