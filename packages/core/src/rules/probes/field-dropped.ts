import { defineRule } from '../../engine/rule.js';
import { compareVersions, type KubernetesVersion } from '../../release/versions.js';
import { describeContainer, servingContainers } from '../../model/containers.js';
import type { FieldPath } from '../../model/path.js';
import { handlerSites } from '../../model/probes.js';
import { isObject, isSet } from '../../model/values.js';
import { describeHandler } from './utils/handlers.js';

/** Fields behind alpha feature gates (off by default): the API server drops them on create without a word. */
interface GatedField {
  gate: string;
  /** The first release whose API has the field; before it the field is unknown. */
  since: KubernetesVersion;
  what: string;
}

const HTTP_PROTOCOL: GatedField = {
  gate: 'H2CContainerProbe',
  since: '1.37',
  what: 'httpGet.protocol (HTTP/2 probes)',
};
const GRPC_MODE: GatedField = { gate: 'GRPCContainerProbeTLS', since: '1.37', what: 'grpc.mode (TLS gRPC probes)' };
const STOP_SIGNAL: GatedField = { gate: 'ContainerStopSignals', since: '1.33', what: 'lifecycle.stopSignal' };

export default defineRule({
  meta: {
    id: 'probes/field-dropped',
    severity: 'warning',
    origin: 'pitfall',
    description:
      'A probe or lifecycle field is silently dropped by the API server because its alpha feature gate is off.',
    fixable: false,
    containerFields: ['livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle'],
    source: 'dropHTTPProbeProtocol, dropDisabledGRPCContainerProbeTLS, dropContainerStopSignals (pkg/api/pod/util.go)',
    messages: {
      fieldDropped:
        '{{subject}}: {{what}} needs the alpha feature gate {{gate}}, which is off by default, so the API server silently drops the field on create and the container behaves as if it were not set; remove it, or enable {{gate}} on the cluster',
    },
  },
  create(context) {
    const version = context.kubernetesVersion;
    return {
      podSpec(site, resource) {
        const report = (path: FieldPath, subject: string, field: GatedField): void => {
          // Before the field exists it is unknown to the API server: schema/unknown-field reports it.
          if (compareVersions(version, field.since) < 0) return;
          context.report({
            resource,
            path,
            messageId: 'fieldDropped',
            data: { subject, what: field.what, gate: field.gate },
          });
        };
        for (const handler of handlerSites(site)) {
          const http = handler.handler.httpGet;
          if (isObject(http) && isSet(http.protocol))
            report([...handler.path, 'httpGet', 'protocol'], describeHandler(handler), HTTP_PROTOCOL);
          const grpc = handler.handler.grpc;
          if (!handler.isHook && isObject(grpc) && isSet(grpc.mode))
            report([...handler.path, 'grpc', 'mode'], describeHandler(handler), GRPC_MODE);
        }
        for (const container of servingContainers(site)) {
          const lifecycle = container.container.lifecycle;
          if (!isObject(lifecycle) || !isSet(lifecycle.stopSignal)) continue;
          report(
            [...container.path, 'lifecycle', 'stopSignal'],
            `the stop signal of ${describeContainer(container)}`,
            STOP_SIGNAL,
          );
        }
      },
    };
  },
});
