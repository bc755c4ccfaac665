import { defineRule } from '../../engine/rule.js';
import { qualifiedNameErrors } from '../../schema/names.js';
import { TOLERATION_SOURCE, tolerationsOf } from './utils/tolerations.js';

export default defineRule({
  meta: {
    id: 'scheduling/toleration-key-invalid',
    severity: 'error',
    origin: 'api-error',
    description: 'A toleration\'s key must be a valid label key, the syntax of taint keys.',
    help: [
      'A toleration names the taint it tolerates by key, and taint keys follow the syntax of label keys: an optional DNS-subdomain prefix and `/`, then a name of at most 63 letters, digits, `-`, `_` and `.` starting and ending with a letter or digit. The API server refuses any other key (`name part must consist of alphanumeric characters`); no node could carry such a taint anyway.',
      '',
      'Bad:',
      '```yaml',
      'tolerations:',
      '  - key: "dedicated node"',
      '    operator: Exists',
      '```',
      'Good:',
      '```yaml',
      'tolerations:',
      '  - key: dedicated-node',
      '    operator: Exists',
      '```',
    ].join('\n'),
    fixable: false,
    source: 'ValidateTolerations → ValidateLabelName (pkg/apis/core/validation)',
    sources: [{ ...TOLERATION_SOURCE, type: 'Invalid', field: 'key' }],
    messages: {
      invalid: 'toleration key {{key}} is not a valid taint key: {{reasons}}; the API server refuses the object',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const toleration of tolerationsOf(site)) {
          if (!toleration.key) continue;
          const reasons = qualifiedNameErrors(toleration.key);
          if (reasons.length) context.report({ resource, path: [...toleration.path, 'key'], messageId: 'invalid', data: { key: JSON.stringify(toleration.key), reasons: reasons.join('; ') } });
        }
      },
    };
  },
});
