import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './network-source-invalid.js';

const pod = (source: string): string =>
  manifests.pod(
    manifests.blocks(
      manifests.webContainer('volumeMounts:\n  - {name: data, mountPath: /data}'),
      `volumes:\n  - name: data\n    ${source}`,
    ),
  );

runRuleTests(rule, {
  valid: [
    { name: 'an absolute NFS path', code: pod('nfs: {server: nfs.example.com, path: /exports/data}') },
    { name: 'two registries', code: pod('quobyte: {registry: "reg-1:7861,[fd00::1]:7861", volume: data}') },
  ],
  invalid: [
    {
      name: 'a relative NFS path',
      code: pod('nfs: {server: nfs.example.com, path: exports/data}'),
      errors: [{ path: 'spec.volumes[0].nfs.path', line: 13, column: 38, messageId: 'nfsPath' }],
      output: null,
    },
    {
      name: 'a registry without its port',
      code: pod('quobyte: {registry: "reg-1:7861,reg-2", volume: data}'),
      errors: [{ path: 'spec.volumes[0].quobyte.registry', line: 13, column: 17, messageId: 'registry' }],
    },
    {
      name: 'a tenant over 64 characters',
      code: pod(`quobyte: {registry: "reg-1:7861", volume: data, tenant: ${'a'.repeat(70)}}`),
      errors: [{ path: 'spec.volumes[0].quobyte.tenant', line: 13, column: 55, messageId: 'tenant' }],
    },
    {
      name: 'a relative NFS path beside a null source, which is no source',
      code: pod('emptyDir: null\n    nfs: {server: nfs.example.com, path: exports/data}'),
      errors: [{ path: 'spec.volumes[0].nfs.path', line: 14, column: 38, messageId: 'nfsPath' }],
    },
  ],
});
