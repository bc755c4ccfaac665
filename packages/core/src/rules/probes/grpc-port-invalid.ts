import { defineRule } from '../../engine/rule.js';
import { isValidPortNumber } from '../../model/ports.js';
import { handlerSites } from '../../model/probes.js';
import { describeHandler, validatedAction } from './utils/handlers.js';

export default defineRule({
  meta: {
    id: 'probes/grpc-port-invalid',
    severity: 'error',
    origin: 'api-error',
    description: 'A gRPC probe needs a port number from 1 to 65535.',
    fixable: false,
    containerFields: ['livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle'],
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateGRPCAction' }],
    messages: {
      grpcPortMissing:
        '{{handler}} has no gRPC port, which counts as 0 and the API server refuses it (must be between 1 and 65535, inclusive); set port to the number the gRPC server listens on',
      grpcPortOutOfRange:
        '{{handler}} uses gRPC port {{port}}, which the API server refuses (must be between 1 and 65535, inclusive); set port to the number the gRPC server listens on',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const handler of handlerSites(site)) {
          const grpc = validatedAction(handler, context.kubernetesVersion, 'grpc');
          if (!grpc) continue;
          const port = grpc.action.port;
          const missing = port === undefined || port === null;
          // A name or a fraction is refused by the decoder before validation runs.
          if (!missing && (typeof port !== 'number' || !Number.isInteger(port) || isValidPortNumber(port))) continue;
          context.report({
            resource,
            path: [...grpc.path, 'port'],
            ...(missing
              ? { messageId: 'grpcPortMissing', data: { handler: describeHandler(handler) } }
              : { messageId: 'grpcPortOutOfRange', data: { handler: describeHandler(handler), port: String(port) } }),
          });
        }
      },
    };
  },
});
