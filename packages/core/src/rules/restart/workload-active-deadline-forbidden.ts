import { defineRule } from '../../engine/rule.js';
import { templateOwner } from '../../model/workloads.js';
import { lookupTable } from '../../util/lookup-table.js';
import { WORKLOAD_TEMPLATE_VALIDATORS } from './utils/workload-validators.js';

/** The kind the API server names in its message: Deployments are validated as ReplicaSets. */
const VALIDATED_AS = lookupTable<string>({ Deployment: 'ReplicaSet' });

export default defineRule({
  meta: {
    id: 'restart/workload-active-deadline-forbidden',
    severity: 'error',
    origin: 'api-error',
    description:
      'activeDeadlineSeconds is forbidden in the pod template of a Deployment, ReplicaSet, StatefulSet, DaemonSet or ReplicationController.',
    fixable: false,
    podSpecFields: ['activeDeadlineSeconds'],
    sources: WORKLOAD_TEMPLATE_VALIDATORS,
    messages: {
      workloadActiveDeadlineForbidden:
        'a {{kind}} keeps its pods running, so a pod deadline would only make it kill and recreate them forever; the API server refuses it (Forbidden: activeDeadlineSeconds in {{named}} is not Supported): remove activeDeadlineSeconds',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        if (templateOwner(site, resource) !== 'always') return;
        const value = site.spec.activeDeadlineSeconds;
        if (value === undefined || value === null) return;
        const named = VALIDATED_AS[resource.kind] ?? resource.kind;
        context.report({
          resource,
          path: [...site.path, 'activeDeadlineSeconds'],
          messageId: 'workloadActiveDeadlineForbidden',
          data: { kind: resource.kind, named },
        });
      },
    };
  },
});
