import { defineRule } from '../../engine/rule.js';
import { closestMatch } from '../../util/suggest.js';
import { lifecyclePorts, matches, podPortIndex } from './handler-ports.js';
import { containerLabel } from './port-entries.js';

export default defineRule({
  meta: {
    id: 'ports/lifecycle-named-port-missing',
    severity: 'warning',
    origin: 'pitfall',
    description: 'A postStart or preStop httpGet hook names a port its container does not declare.',
    help: [
      'Lifecycle hooks resolve a named port in their own container\'s `ports`, like probes. An undeclared name cannot be resolved, so the hook fails at run time: a failed `postStart` kills the container, and a failed `preStop` skips the graceful shutdown you wrote it for. Use the name of a declared port, declare it, or use the number.',
      '',
      'Bad:',
      '```yaml',
      'ports: [{name: http, containerPort: 8080}]',
      'lifecycle:',
      '  preStop:',
      '    httpGet: {path: /quit, port: admin}',
      '```',
      'Good:',
      '```yaml',
      'ports: [{name: http, containerPort: 8080}, {name: admin, containerPort: 9000}]',
      'lifecycle:',
      '  preStop:',
      '    httpGet: {path: /quit, port: admin}',
      '```',
    ].join('\n'),
    fixable: false,
    source: 'kubelet handler port resolution (pkg/probe/http/request.go → ResolveContainerPort)',
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const index = podPortIndex(site);
        for (const container of index.containers) {
          const own = index.own(container);
          for (const port of lifecyclePorts(container)) {
            if (port.name === undefined || own.some((entry) => matches(port, entry))) continue;
            const names = own.map((entry) => entry.name).filter((name) => name !== '');
            const suggestion = closestMatch(port.name, names);
            const elsewhere = index.others(container).find((entry) => matches(port, entry));
            const hook = port.owner.replace('lifecycle.', '');
            context.report({
              resource,
              path: port.path,
              message: `the ${hook} hook of ${containerLabel(container)} uses port "${port.name}", which ${elsewhere ? `only ${containerLabel(elsewhere.container)} declares` : 'the container does not declare'}: the kubelet resolves the name in this container only, so the hook fails${hook === 'postStart' ? ' and the container is killed' : ' and the graceful shutdown is skipped'}; ${suggestion ? `did you mean "${suggestion}"?` : 'declare the port in this container or use its number'}`,
            });
          }
        }
      },
    };
  },
});
