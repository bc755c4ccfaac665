import { defineRule } from '../../engine/rule.js';
import { nearestWellKnown, spreadTopologyKeys } from './utils/topology-keys.js';

export default defineRule({
  meta: {
    id: 'topology/topology-key-invalid-syntax',
    severity: 'warning',
    origin: 'pitfall',
    description: 'A topologyKey is not a valid label key, so no node can carry it.',
    fixable: false,
    podSpecFields: ['topologySpreadConstraints'],
    source: 'ValidateTopologyKey checks emptiness only (pkg/apis/core/validation); IsQualifiedName (apimachinery)',
    messages: {
      topologyKeyInvalidSyntax:
        'topologyKey {{key}} is not a valid label key ({{join}}), so no node can carry it and no node counts as a domain: the pods stay Pending (DoNotSchedule) or are not spread (ScheduleAnyway); use a node label{{advice}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const { key, path, kind } of spreadTopologyKeys(site)) {
          if (kind.kind !== 'invalid-syntax') continue;
          const suggestion = nearestWellKnown(key);
          context.report({
            resource,
            path,
            messageId: 'topologyKeyInvalidSyntax',
            data: {
              key: JSON.stringify(key),
              join: kind.problems.join('; '),
              advice: suggestion ? ` such as ${JSON.stringify(suggestion)}` : ', e.g. topology.kubernetes.io/zone',
            },
          });
        }
      },
    };
  },
});
