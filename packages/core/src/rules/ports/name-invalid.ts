import { defineRule } from '../../engine/rule.js';
import { portNameProblems, suggestPortName } from '../../model/ports.js';
import { writtenPorts } from './utils/port-entries.js';

export default defineRule({
  meta: {
    id: 'ports/name-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'A container port name must be an IANA service name: at most 15 lower-case letters, digits and single hyphens.',
    fixable: false,
    containerFields: ['ports'],
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateContainerPorts' },
      { package: 'k8s.io/apimachinery/pkg/util/validation', function: 'IsValidPortName' },
    ],
    messages: {
      nameInvalid:
        'port name {{name}} is not a valid IANA service name ({{join}}), so the API server refuses the object; {{advice}}and update every Service targetPort or probe that refers to it',
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
            messageId: 'nameInvalid',
            data: {
              name: JSON.stringify(entry.name),
              join: problems.join('; '),
              advice: suggestion ? `rename it, e.g. to "${suggestion}", ` : 'rename it ',
            },
          });
        }
      },
    };
  },
});
