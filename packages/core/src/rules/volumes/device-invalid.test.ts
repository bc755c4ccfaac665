import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './device-invalid.js';

const pod = (container: string): string =>
  manifests.pod(
    manifests.blocks(
      manifests.webContainer(container),
      'volumes:\n  - name: disk\n    persistentVolumeClaim: {claimName: disk}\n  - name: scratch\n    emptyDir: {}',
    ),
  );

runRuleTests(rule, {
  valid: [
    { name: 'a claim as a block device', code: pod('volumeDevices:\n  - {name: disk, devicePath: /dev/xvda}') },
    {
      name: 'a device beside a mount of another volume',
      code: pod(
        'volumeDevices:\n  - {name: disk, devicePath: /dev/xvda}\nvolumeMounts:\n  - {name: scratch, mountPath: /tmp}',
      ),
    },
  ],
  invalid: [
    {
      name: 'an emptyDir as a block device',
      code: pod('volumeDevices:\n  - {name: scratch, devicePath: /dev/xvda}'),
      errors: [{ path: 'spec.containers[0].volumeDevices[0].name', line: 10, column: 12, messageId: 'notClaim' }],
      output: null,
    },
    {
      name: 'the same claim twice',
      code: pod('volumeDevices:\n  - {name: disk, devicePath: /dev/xvda}\n  - {name: disk, devicePath: /dev/xvdb}'),
      errors: [{ path: 'spec.containers[0].volumeDevices[1].name', line: 11, column: 12, messageId: 'nameTwice' }],
    },
    {
      name: 'a device path with backsteps',
      code: pod('volumeDevices:\n  - {name: disk, devicePath: /dev/../xvda}'),
      errors: [
        { path: 'spec.containers[0].volumeDevices[0].devicePath', line: 10, column: 24, messageId: 'backsteps' },
      ],
    },
    {
      name: 'a device path that is also a mount path',
      code: pod(
        'volumeDevices:\n  - {name: disk, devicePath: /data}\nvolumeMounts:\n  - {name: scratch, mountPath: /data}',
      ),
      errors: [
        { path: 'spec.containers[0].volumeDevices[0].devicePath', line: 10, column: 24, messageId: 'pathMounted' },
      ],
    },
  ],
});
