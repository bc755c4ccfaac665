import { defineRule } from '../../engine/rule.js';
import { withApiWarning } from '../../model/api-warnings.js';
import { formatPath } from '../../model/path.js';
import { podPorts, type PortEntry } from './utils/port-entries.js';

export default defineRule({
  meta: {
    id: 'ports/name-duplicate-across-containers',
    severity: 'warning',
    origin: 'api-warning',
    description: 'Two containers of the pod declare a port with the same name.',
    fixable: false,
    containerFields: ['ports'],
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
          if (first.container.list === entry.container.list && first.container.index === entry.container.index)
            continue;
          const other = formatPath(first.path);
          context.report({
            resource,
            path: entry.path,
            messageId: 'nameDuplicateAcrossContainers',
            data: {
              warning: withApiWarning(
                `${formatPath(entry.path)}: duplicate port name ${JSON.stringify(entry.name)} with ${other}, services and probes that select ports by name will use ${other}`,
                'give this port a name of its own so a Service targetPort picks the container you mean',
              ),
            },
            related: [{ path: first.path, message: `the first port named "${entry.name}"` }],
          });
        }
      },
    };
  },
});
