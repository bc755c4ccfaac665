import { defineRule, type FixIntent } from '../../engine/rule.js';
import { isValidPortNumber, portNameProblems } from '../../model/ports.js';
import { handlerSites } from '../../model/probes.js';
import { describeHandler, validatedAction } from './utils/handlers.js';

export default defineRule({
  meta: {
    id: 'probes/handler-port-invalid',
    severity: 'error',
    origin: 'api-error',
    description: 'An httpGet or tcpSocket handler needs a port number from 1 to 65535 or a valid port name.',
    fixable: true,
    containerFields: ['livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle'],
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidatePortNumOrName' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateHTTPGetAction' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateTCPSocketAction' },
    ],
    messages: {
      portMissing:
        '{{what}} has no port, which counts as 0 and the API server refuses it (must be between 1 and 65535, inclusive); set port to the container port number or its name',
      portNotANumber:
        "{{what}} uses port {{value}}, which is not a port number, so the API server refuses it (must be between 1 and 65535, inclusive); use the container's port number or name",
      quotedPortNumber:
        '{{what}} uses the quoted port "{{port}}", which the API server reads as a port name and refuses ({{problems}}); write the number without quotes: {{numeric}}',
      portNameInvalid:
        '{{what}} uses the port name "{{port}}", which the API server refuses ({{problems}}); use the port number, or the lower-case name of one of the container\'s ports',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const handler of handlerSites(site)) {
          for (const type of ['httpGet', 'tcpSocket'] as const) {
            const validated = validatedAction(handler, context.kubernetesVersion, type);
            if (!validated) continue;
            const port = validated.action.port;
            const path = [...validated.path, 'port'];
            const what = `${describeHandler(handler)} (${type})`;
            if (port === undefined || port === null || typeof port === 'number') {
              const value = typeof port === 'number' ? port : 0;
              // Fractions never reach validation: the decoder refuses them first.
              if (!Number.isInteger(value) || isValidPortNumber(value)) continue;
              context.report({
                resource,
                path,
                ...(port === undefined || port === null
                  ? { messageId: 'portMissing', data: { what } }
                  : { messageId: 'portNotANumber', data: { what, value } }),
              });
              continue;
            }
            if (typeof port !== 'string') continue;
            const problems = portNameProblems(port);
            if (problems.length === 0) continue;
            const numeric = /^\d+$/.test(port) && isValidPortNumber(Number(port)) ? Number(port) : undefined;
            const fix: FixIntent | undefined =
              numeric === undefined
                ? undefined
                : { description: `Write the port as the number ${numeric}`, replaceValues: [{ path, value: numeric }] };
            context.report({
              resource,
              path,
              ...(numeric !== undefined
                ? { messageId: 'quotedPortNumber', data: { what, port, problems: problems.join('; '), numeric } }
                : { messageId: 'portNameInvalid', data: { what, port, problems: problems.join('; ') } }),
              ...(fix ? { fix } : {}),
            });
          }
        }
      },
    };
  },
});
