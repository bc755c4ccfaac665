import { defineRule } from '../../engine/rule.js';
import { portNameProblems, suggestPortName } from '../../model/ports.js';
import { writtenPorts } from './port-entries.js';

export default defineRule({
  meta: {
    id: 'ports/name-invalid',
    severity: 'error',
    origin: 'api-error',
    description: 'A container port name must be an IANA service name: at most 15 lower-case letters, digits and single hyphens.',
    help: [
      'Services and probes refer to a port by its `name`, so the API server requires an IANA service name (`IsValidPortName`): at most 15 characters, only `a-z`, `0-9` and `-`, at least one letter, no `--`, and no hyphen at either end. Upper case and underscores are refused (`Invalid value: "HTTP_Port"`). Rename the port, and every `targetPort` or probe `port` that names it.',
      '',
      'Bad:',
      '```yaml',
      'ports:',
      '  - name: HTTP_Port',
      '    containerPort: 80',
      '```',
      'Good:',
      '```yaml',
      'ports:',
      '  - name: http',
      '    containerPort: 80',
      '```',
    ].join('\n'),
    fixable: false,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateContainerPorts' },
      { package: 'k8s.io/apimachinery/pkg/util/validation', function: 'IsValidPortName' },
    ],
    messages: {
      nameInvalid: 'port name {{name}} is not a valid IANA service name ({{join}}), so the API server refuses the object; {{detail}}and update every Service targetPort or probe that refers to it',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const entry of writtenPorts(site)) {
          if (entry.name === '') continue;
          const problems = portNameProblems(entry.name);
          if (problems.length === 0) continue;
          const suggestion = suggestPortName(entry.name);
          context.report({
            resource,
            path: [...entry.path, 'name'],
            messageId: 'nameInvalid', data: { name: JSON.stringify(entry.name), join: problems.join('; '), detail: suggestion ? `rename it, e.g. to "${suggestion}", ` : 'rename it ' },
          });
        }
      },
    };
  },
});
