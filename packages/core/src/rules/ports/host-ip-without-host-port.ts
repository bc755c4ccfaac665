import { defineRule } from '../../engine/rule.js';
import { withApiWarning } from '../../model/api-warnings.js';
import { formatPath } from '../../model/path.js';
import { goPortStruct } from './utils/port-definitions.js';
import { podPorts } from './utils/port-entries.js';

export default defineRule({
  meta: {
    id: 'ports/host-ip-without-host-port',
    severity: 'warning',
    origin: 'api-warning',
    description: 'A port sets hostIP but no hostPort, so hostIP does nothing.',
    fixable: false,
    containerFields: ['ports'],
    source: 'warningsForPodSpecAndMeta (pkg/api/pod/warnings.go)',
    messages: {
      hostIpWithoutHostPort: '{{warning}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const entry of podPorts(site, resource)) {
          if (entry.hostIP === '' || entry.hostPort !== 0) continue;
          context.report({
            resource,
            path: entry.path,
            messageId: 'hostIpWithoutHostPort',
            data: {
              warning: withApiWarning(
                `${formatPath(entry.path)}: hostIP set without hostPort: ${goPortStruct(entry)}`,
                'hostIP only picks the node address a hostPort binds to, so it does nothing here; add a hostPort or remove hostIP',
              ),
            },
          });
        }
      },
    };
  },
});
