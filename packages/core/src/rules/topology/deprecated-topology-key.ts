import { defineRule } from '../../engine/rule.js';
import { withApiWarning } from '../../model/api-warnings.js';
import { formatPath } from '../../model/path.js';
import { deprecation, spreadTopologyKeys } from './topology-keys.js';

export default defineRule({
  meta: {
    id: 'topology/deprecated-topology-key',
    severity: 'warning',
    origin: 'api-warning',
    description: 'A topology spread constraint uses a deprecated node label as its topologyKey.',
    help: [
      'The API server accepts the object but warns (`kubectl` prints `Warning: …`): labels such as `failure-domain.beta.kubernetes.io/zone` were replaced years ago and newer nodes or cloud providers may no longer set them. Nodes without the key are not counted as domains, so the constraint can silently stop spreading (`ScheduleAnyway`) or leave pods Pending (`DoNotSchedule`). Use the replacement label.',
      '',
      'Bad:',
      '```yaml',
      'topologyKey: failure-domain.beta.kubernetes.io/zone',
      '```',
      'Good:',
      '```yaml',
      'topologyKey: topology.kubernetes.io/zone',
      '```',
    ].join('\n'),
    fixable: true,
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
            messageId: 'deprecatedTopologyKey', data: { warning: withApiWarning(`${formatPath(found.path)}: ${found.key} is ${deprecated.text}`, 'nodes that no longer carry the deprecated label are not counted as domains') },
            fix: deprecated.fix,
          });
        }
      },
    };
  },
});
