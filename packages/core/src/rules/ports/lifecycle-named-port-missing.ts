import { defineRule } from '../../engine/rule.js';
import { describeContainer } from '../../model/containers.js';
import { closestMatch } from '../../util/suggest.js';
import { resolvedHandlerPorts } from './utils/handler-ports.js';

export default defineRule({
  meta: {
    id: 'ports/lifecycle-named-port-missing',
    severity: 'warning',
    origin: 'pitfall',
    description: 'A postStart or preStop httpGet hook names a port its container does not declare.',
    fixable: false,
    containerFields: ['lifecycle'],
    source: 'kubelet handler port resolution (pkg/probe/http/request.go → ResolveContainerPort)',
    messages: {
      lifecycleNamedPortMissing:
        'the {{hook}} hook of {{container}} uses port "{{name}}", which {{detail}}: the kubelet resolves the name in this container only, so the hook fails{{detail2}}; {{detail3}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const resolved of resolvedHandlerPorts(site, 'hooks')) {
          const { port } = resolved;
          if (port.name === undefined || resolved.declared) continue;
          const names = resolved.own.map((entry) => entry.name).filter((name) => name !== '');
          const suggestion = closestMatch(port.name, names);
          const hook = port.owner.replace('lifecycle.', '');
          context.report({
            resource,
            path: port.path,
            messageId: 'lifecycleNamedPortMissing',
            data: {
              hook,
              container: describeContainer(resolved.container),
              name: port.name,
              detail: resolved.elsewhere
                ? `only ${describeContainer(resolved.elsewhere.container)} declares`
                : 'the container does not declare',
              detail2: hook === 'postStart' ? ' and the container is killed' : ' and the graceful shutdown is skipped',
              detail3: suggestion
                ? `did you mean "${suggestion}"?`
                : 'declare the port in this container or use its number',
            },
          });
        }
      },
    };
  },
});
