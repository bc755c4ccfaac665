import { nonNegativeRule } from '../factories/non-negative.js';

const APPS = 'k8s.io/kubernetes/pkg/apis/apps/validation';

export default nonNegativeRule({
  id: 'workload/negative-value',
  description:
    'Workload replicas, minReadySeconds, revisionHistoryLimit (not StatefulSet), progressDeadlineSeconds and ordinals.start must not be negative.',
  source:
    'ValidateDeploymentSpec, ValidateStatefulSetSpec, ValidateDaemonSetSpec, ValidateReplicaSetSpec (pkg/apis/apps/validation), ValidateReplicationControllerSpec (pkg/apis/core/validation)',
  sources: [
    { package: APPS, function: 'ValidateDeploymentSpec', type: 'Invalid' },
    { package: APPS, function: 'ValidateStatefulSetSpec', type: 'Invalid' },
    { package: APPS, function: 'ValidateDaemonSetSpec', type: 'Invalid' },
    { package: APPS, function: 'ValidateReplicaSetSpec', type: 'Invalid' },
    {
      package: 'k8s.io/kubernetes/pkg/apis/core/validation',
      function: 'ValidateReplicationControllerSpec',
      type: 'Invalid',
    },
    // The declarative Minimum rows of the same two fields (a missing replicas is defaulted to 1).
    {
      package: 'k8s.io/kubernetes/pkg/apis/core/v1',
      function: 'Validate_ReplicationControllerSpec',
      field: 'replicas',
    },
    {
      package: 'k8s.io/kubernetes/pkg/apis/core/v1',
      function: 'Validate_ReplicationControllerSpec',
      field: 'minReadySeconds',
    },
  ],
  why: 'a count of pods, seconds or revisions cannot be negative',
  targets: [
    {
      group: 'apps',
      kind: 'Deployment',
      base: ['spec'],
      fields: [['replicas'], ['minReadySeconds'], ['revisionHistoryLimit'], ['progressDeadlineSeconds']],
    },
    {
      group: 'apps',
      kind: 'StatefulSet',
      base: ['spec'],
      // ValidateStatefulSetSpec leaves revisionHistoryLimit unchecked (the oracle accepts -1).
      fields: [['replicas'], ['minReadySeconds'], ['ordinals', 'start']],
    },
    { group: 'apps', kind: 'DaemonSet', base: ['spec'], fields: [['minReadySeconds'], ['revisionHistoryLimit']] },
    { group: 'apps', kind: 'ReplicaSet', base: ['spec'], fields: [['replicas'], ['minReadySeconds']] },
    { group: '', kind: 'ReplicationController', base: ['spec'], fields: [['replicas'], ['minReadySeconds']] },
  ],
});
