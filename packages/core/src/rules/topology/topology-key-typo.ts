import { defineRule } from '../../engine/rule.js';
import { spreadTopologyKeys, typo } from './utils/topology-keys.js';

export default defineRule({
  meta: {
    id: 'topology/topology-key-typo',
    severity: 'warning',
    origin: 'pitfall',
    description: 'A topologyKey looks like a misspelt well-known node label.',
    fixable: true,
    podSpecFields: ['topologySpreadConstraints'],
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
        for (const found of spreadTopologyKeys(site)) {
          const misspelt = typo(found);
          if (misspelt)
            context.report({
              resource,
              path: found.path,
              messageId: 'topologyKeyTypo',
              data: misspelt.data,
              fix: misspelt.fix,
            });
        }
      },
    };
  },
});
