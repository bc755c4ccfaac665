import { defineRule } from '../../engine/rule.js';
import { formatPath } from '../../model/path.js';
import { DEPRECATED_NODE_LABELS, spreadConstraints } from './constraints.js';

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
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const { constraint, path } of spreadConstraints(site)) {
          const key = constraint.topologyKey;
          if (typeof key !== 'string' || !Object.prototype.hasOwnProperty.call(DEPRECATED_NODE_LABELS, key)) continue;
          const deprecation = DEPRECATED_NODE_LABELS[key];
          if (!deprecation) continue;
          const keyPath = [...path, 'topologyKey'];
          const replacement = deprecation.replacement;
          context.report({
            resource,
            path: keyPath,
            message: `${formatPath(keyPath)}: ${key} is ${deprecation.message} (API server warning); nodes that no longer carry the deprecated label are not counted as domains`,
            ...(replacement ? { fix: { description: `Use ${replacement}`, replaceValues: [{ path: keyPath, value: replacement }] } } : {}),
          });
        }
      },
    };
  },
});
