import { defineRule } from '../../engine/rule.js';
import { closestMatch } from '../../util/suggest.js';
import { describeHandlerPort, resolvedHandlerPorts } from './utils/handler-ports.js';

export default defineRule({
  meta: {
    id: 'ports/probe-named-port-missing',
    severity: 'warning',
    origin: 'pitfall',
    description: 'A probe names a port that no container of the pod declares.',
    fixable: true,
    containerFields: ['livenessProbe', 'readinessProbe', 'startupProbe'],
    source:
      'kubelet probe port resolution (pkg/probe/util.go ResolveContainerPort); kube-linter liveness-port / readiness-port / startup-port',
    messages: {
      probeNamedPortMissing:
        '{{resolved}} uses port "{{name}}", but the container declares {{detail}}: the kubelet cannot resolve the name, so the probe always fails{{detail2}}; {{detail3}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const resolved of resolvedHandlerPorts(site, 'probes')) {
          const { port } = resolved;
          // A port of another container is ports/probe-port-of-other-container's.
          if (port.name === undefined || resolved.declared || resolved.elsewhere) continue;
          const names = resolved.own.map((entry) => entry.name).filter((name) => name !== '');
          const suggestion = closestMatch(port.name, names);
          const onlyName = names.length === 1 ? names[0] : undefined;
          const replacement = suggestion ?? onlyName;
          context.report({
            resource,
            path: port.path,
            messageId: 'probeNamedPortMissing',
            data: {
              resolved: describeHandlerPort(resolved),
              name: port.name,
              detail: names.length > 0 ? `only ${names.map((name) => `"${name}"`).join(', ')}` : 'no named ports',
              detail2:
                port.owner === 'readinessProbe'
                  ? ' and the pod never becomes ready'
                  : ' and the container is restarted over and over',
              detail3: replacement ? `use "${replacement}"` : 'declare the port with that name, or use its number',
            },
            // Only a near-identical name is a safe rewrite; another port may serve something else.
            ...(suggestion
              ? {
                  fix: {
                    description: `Use port "${suggestion}"`,
                    replaceValues: [{ path: port.path, value: suggestion }],
                  },
                }
              : {}),
          });
        }
      },
    };
  },
});
