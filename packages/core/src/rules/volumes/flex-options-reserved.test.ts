import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './flex-options-reserved.js';

/** `nullSource`: a source key written as null before flexVolume, which the API server reads as no source. */
const pod = (options: string, nullSource?: string): string =>
  manifests.pod(
    manifests.blocks(
      manifests.webContainer('volumeMounts:\n  - {name: data, mountPath: /data}'),
      `volumes:\n  - name: data\n${nullSource ? `    ${nullSource}: null\n` : ''}    flexVolume:\n      driver: example.com/lvm\n      options:\n${manifests.indent(options, 8)}`,
    ),
  );

runRuleTests(rule, {
  valid: [
    { name: 'options of the driver’s own namespace', code: pod('example.com/volumeID: vol-1\nsize: "10"') },
    {
      name: 'a domain that only ends in k8s.io text',
      code: pod('notk8s.io/mode: fast\nkubernetes.io.example.com/x: "1"'),
    },
  ],
  invalid: [
    {
      name: 'an option under kubernetes.io',
      code: pod('kubernetes.io/fsType: ext4'),
      errors: [
        {
          path: 'spec.volumes[0].flexVolume.options[kubernetes.io/fsType]',
          line: 16,
          column: 11,
          messageId: 'reserved',
        },
      ],
      output: null,
    },
    {
      name: 'a subdomain of k8s.io in capitals, with no slash',
      code: pod('volumes.K8S.IO: "on"\nexample.com/ok: "1"'),
      errors: [
        { path: 'spec.volumes[0].flexVolume.options[volumes.K8S.IO]', line: 16, column: 11, messageId: 'reserved' },
      ],
    },
    {
      name: 'an option under kubernetes.io beside a null source, which is no source',
      code: pod('kubernetes.io/fsType: ext4', 'hostPath'),
      errors: [
        {
          path: 'spec.volumes[0].flexVolume.options[kubernetes.io/fsType]',
          line: 17,
          column: 11,
          messageId: 'reserved',
        },
      ],
    },
  ],
});
