import { defineRule } from '../../engine/rule.js';
import { spreadTopologyKeys } from './utils/topology-keys.js';

export default defineRule({
  meta: {
    id: 'topology/topology-key-typo',
    severity: 'warning',
    origin: 'pitfall',
    description: 'A topologyKey looks like a misspelt well-known node label.',
    fixable: true,
    source:
      'Kubernetes docs, Pod Topology Spread Constraints ("nodes without topologyKey are bypassed") and Well-Known Labels',
    messages: {
      topologyKeyTypo:
        'topologyKey {{key}} is not a well-known node label; did you mean {{suggestion}}? Nodes without the key are not counted as domains, so the pods stay Pending (DoNotSchedule) or are not spread at all (ScheduleAnyway){{advice}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const { key, path, kind } of spreadTopologyKeys(site)) {
          if (kind.kind !== 'typo') continue;
          context.report({
            resource,
            path,
            messageId: 'topologyKeyTypo',
            data: {
              key: JSON.stringify(key),
              suggestion: JSON.stringify(kind.suggestion),
              advice: kind.reserved
                ? ''
                : `; if ${JSON.stringify(key)} is a custom label your nodes carry, suppress this finding`,
            },
            fix: kind.reserved
              ? { description: `Use ${kind.suggestion}`, replaceValues: [{ path, value: kind.suggestion }] }
              : undefined,
          });
        }
      },
    };
  },
});
