import { defineRule } from '../../engine/rule.js';
import { withApiWarning } from '../../model/api-warnings.js';
import { formatPath } from '../../model/path.js';
import { podPorts, type PortEntry } from './port-entries.js';

export default defineRule({
  meta: {
    id: 'ports/name-duplicate-across-containers',
    severity: 'warning',
    origin: 'api-warning',
    description: 'Two containers of the pod declare a port with the same name.',
    help: [
      'Port names must be unique inside a container (an error, `ports/name-duplicate`), but the API server only warns when two containers of a pod use the same name (`duplicate port name "http" with …`). A Service `targetPort: http` then resolves to whichever container comes first (regular containers, then sidecars), and a reader cannot tell which one serves it. Give each container\'s port its own name (`metrics-app`, `metrics-proxy`). Older releases (before the warning was added in the 1.3x series) accept this silently.',
      '',
      'Bad:',
      '```yaml',
      'containers:',
      '  - name: app',
      '    ports: [{name: metrics, containerPort: 9090}]',
      '  - name: proxy',
      '    ports: [{name: metrics, containerPort: 9091}]',
      '```',
      'Good:',
      '```yaml',
      'containers:',
      '  - name: app',
      '    ports: [{name: metrics, containerPort: 9090}]',
      '  - name: proxy',
      '    ports: [{name: proxy-metrics, containerPort: 9091}]',
      '```',
    ].join('\n'),
    fixable: false,
    source: 'warningsForPodSpecAndMeta (pkg/api/pod/warnings.go)',
    messages: {
      nameDuplicateAcrossContainers: '{{warning}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const firstByName = new Map<string, PortEntry>();
        for (const entry of podPorts(site, resource)) {
          if (entry.name === '') continue;
          const first = firstByName.get(entry.name);
          if (!first) {
            firstByName.set(entry.name, entry);
            continue;
          }
          // Inside one container the duplicate is an error (ports/name-duplicate), not this warning's job.
          if (first.container.list === entry.container.list && first.container.index === entry.container.index) continue;
          const other = formatPath(first.path);
          context.report({
            resource,
            path: entry.path,
            messageId: 'nameDuplicateAcrossContainers', data: { warning: withApiWarning(
              `${formatPath(entry.path)}: duplicate port name ${JSON.stringify(entry.name)} with ${other}, services and probes that select ports by name will use ${other}`,
              'give this port a name of its own so a Service targetPort picks the container you mean',
            ) },
            related: [{ path: first.path, message: `the first port named "${entry.name}"` }],
          });
        }
      },
    };
  },
});
