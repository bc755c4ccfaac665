import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './mount-volume-missing.js';

const pod = (mounts: string, volumes: string): string =>
  manifests.pod(manifests.blocks(manifests.webContainer(mounts), volumes));

runRuleTests(rule, {
  valid: [
    {
      name: 'a mount of a declared volume',
      code: pod(
        'volumeMounts:\n  - {name: config, mountPath: /etc/web}',
        'volumes:\n  - name: config\n    configMap: {name: web}',
      ),
    },
    {
      name: 'two mounts of one volume',
      code: pod(
        'volumeMounts:\n  - {name: data, mountPath: /a, subPath: a}\n  - {name: data, mountPath: /b, subPath: b}',
        'volumes:\n  - name: data\n    emptyDir: {}',
      ),
    },
    {
      name: 'a StatefulSet mounts its volume claim templates',
      code: `${manifests.statefulSet(manifests.webContainer('volumeMounts:\n  - {name: data, mountPath: /data}'), { fields: 'serviceName: web\nvolumeClaimTemplates:\n  - metadata: {name: data}\n    spec:\n      accessModes: [ReadWriteOnce]\n      resources: {requests: {storage: 1Gi}}' })}`,
    },
    { name: 'no mounts at all', code: pod('', 'volumes:\n  - name: data\n    emptyDir: {}') },
  ],
  invalid: [
    {
      name: 'a mount of a volume that is not declared',
      code: pod(
        'volumeMounts:\n  - {name: config, mountPath: /etc/web}',
        'volumes:\n  - name: web-config\n    configMap: {name: web}',
      ),
      errors: [
        {
          path: 'spec.containers[0].volumeMounts[0].name',
          line: 10,
          column: 12,
          messageId: 'missing',
          message: 'it declares "web-config"',
        },
      ],
      output: null,
    },
    {
      name: 'a pod without volumes',
      code: pod('volumeMounts:\n  - name: cache\n    mountPath: /cache', ''),
      errors: [
        {
          path: 'spec.containers[0].volumeMounts[0].name',
          line: 10,
          column: 11,
          messageId: 'missing',
          message: 'declares none',
        },
      ],
    },
    {
      name: 'an init container in a Job',
      code: manifests.job(`restartPolicy: Never
initContainers:
  - name: fetch
    image: busybox:1.36
    volumeMounts:
      - {name: work, mountPath: /work}
containers:
  - name: run
    image: busybox:1.36`),
      errors: [
        {
          path: 'spec.template.spec.initContainers[0].volumeMounts[0].name',
          line: 13,
          column: 16,
          messageId: 'missing',
        },
      ],
    },
    {
      name: 'a block device of a volume that is not declared',
      code: pod(
        'volumeDevices:\n  - {name: disk, devicePath: /dev/xvda}',
        'volumes:\n  - name: data\n    persistentVolumeClaim: {claimName: data}',
      ),
      errors: [
        {
          path: 'spec.containers[0].volumeDevices[0].name',
          line: 10,
          column: 12,
          messageId: 'missing',
          message: 'block device',
        },
      ],
    },
  ],
});
