import { defineRule } from '../../engine/rule.js';
import { withApiWarning } from '../../model/api-warnings.js';
import { formatPath } from '../../model/path.js';
import { deprecation, spreadTopologyKeys } from './utils/topology-keys.js';

export default defineRule({
  meta: {
    id: 'topology/deprecated-topology-key',
    severity: 'warning',
    origin: 'api-warning',
    description: 'A topology spread constraint uses a deprecated node label as its topologyKey.',
    fixable: true,
    podSpecFields: ['topologySpreadConstraints'],
    source: 'warningsForPodSpecAndMeta (pkg/api/pod/warnings.go); GetNodeLabelDeprecatedMessage (pkg/api/node/util.go)',
    messages: {
      deprecatedTopologyKey: '{{warning}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const found of spreadTopologyKeys(site)) {
          const deprecated = deprecation(found);
          if (!deprecated) continue;
          context.report({
            resource,
            path: found.path,
            messageId: 'deprecatedTopologyKey',
            data: {
              warning: withApiWarning(
                `${formatPath(found.path)}: ${found.key} is ${deprecated.text}`,
                'nodes that no longer carry the deprecated label are not counted as domains',
              ),
            },
            fix: deprecated.fix,
          });
        }
      },
    };
  },
});
