import { defineRule } from '../../engine/rule.js';
import { explicitReplicas, spreadConstraints } from './constraints.js';

export default defineRule({
  meta: {
    id: 'topology/spread-on-single-replica',
    severity: 'info',
    origin: 'pitfall',
    description: 'A workload with one replica has topology spread constraints.',
    help: [
      'Spreading is about placing several pods apart; with `replicas: 1` there is nothing to spread, and the constraint only restricts where the single pod may go (with `DoNotSchedule` it can even keep it Pending). Either the replica count or the constraint is probably not what you meant. Not reported when `replicas` is left out, since an autoscaler usually manages it then.',
      '',
      'Bad:',
      '```yaml',
      'replicas: 1',
      '# ...',
      '  topologySpreadConstraints: [{maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, labelSelector: {matchLabels: {app: web}}}]',
      '```',
      'Good:',
      '```yaml',
      'replicas: 3',
      '# ...',
      '  topologySpreadConstraints: [{maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, labelSelector: {matchLabels: {app: web}}}]',
      '```',
    ].join('\n'),
    fixable: false,
    source: 'podlint',
    messages: {
      singleReplica: '{{kind}} "{{detail}}" runs one replica, so there is nothing to spread and the constraints only restrict where that pod may run; raise replicas or remove the constraints',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        if (explicitReplicas(resource) !== 1 || spreadConstraints(site).length === 0) return;
        context.report({
          resource,
          path: [...site.path, 'topologySpreadConstraints'],
          messageId: 'singleReplica', data: { kind: resource.kind, detail: resource.name ?? '(unnamed)' },
          related: [{ path: ['spec', 'replicas'], message: 'the replica count' }],
        });
      },
    };
  },
});
