import { defineRule } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import { isReservedFlexOption } from '../../model/flex-volume.js';
import { asObject, preview, type PlainObject } from '../../model/values.js';
import { dns1123LabelErrors, dns1123SubdomainErrors } from '../../schema/names.js';
import { hasBacksteps } from '../../model/file-paths.js';
import { CORE_VALIDATION, persistentVolumeSpec, validatedSources } from './utils/persistent-volumes.js';

const IQN = /iqn\.\d{4}-\d{2}\.([A-Za-z0-9.-]+)(:[^,;*&$|\s]+)$/;
const EUI = /^eui.[A-Za-z0-9]{16}$/;
const NAA = /^naa.[A-Za-z0-9]{32}$/;
const CSI_SECRET_REFS = [
  'controllerPublishSecretRef',
  'controllerExpandSecretRef',
  'nodePublishSecretRef',
  'nodeExpandSecretRef',
];

interface Problem {
  readonly path: FieldPath;
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
}

/** validateISCSIPersistentVolumeSource's reading of an IQN, EUI or NAA name. */
function iscsiNameValid(name: string): boolean {
  if (name.startsWith('iqn')) return IQN.test(name);
  if (name.startsWith('eui')) return EUI.test(name);
  if (name.startsWith('naa')) return NAA.test(name);
  return false;
}

/** net.SplitHostPort accepts `host:port` and `[ipv6]:port`. */
function isHostPort(pair: string): boolean {
  return /^\[[^\]]*\]:[^:]*$/.test(pair) || /^[^:[\]]*:[^:]*$/.test(pair);
}

/** Go's path.Clean for an absolute path: `.` and `..` resolved, repeated slashes collapsed. */
function cleanPath(value: string): string {
  if (!value.startsWith('/')) return value;
  const parts: string[] = [];
  for (const part of value.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

function outOfByteRange(value: unknown): boolean {
  return typeof value === 'number' && (value < 0 || value > 255);
}

function nameProblems(value: unknown, path: FieldPath, check: (value: string) => string[], what: string): Problem[] {
  if (typeof value !== 'string' || value === '') return [];
  const reasons = check(value);
  return reasons.length
    ? [{ path, messageId: 'invalidName', data: { value: preview(value), what, reasons: reasons.join('; ') } }]
    : [];
}

function sourceProblems(key: string, source: PlainObject, path: FieldPath, volumeName: string): Problem[] {
  const at = (field: string): FieldPath => [...path, field];
  const problems: Problem[] = [];
  const text = (field: string): string | undefined =>
    typeof source[field] === 'string' ? (source[field] as string) : undefined;
  switch (key) {
    case 'hostPath':
    case 'local': {
      const value = text('path');
      if (value && hasBacksteps(value))
        problems.push({ path: at('path'), messageId: 'backsteps', data: { value: preview(value) } });
      break;
    }
    case 'nfs': {
      const value = text('path');
      if (value && !value.startsWith('/'))
        problems.push({ path: at('path'), messageId: 'notAbsolute', data: { value: preview(value) } });
      break;
    }
    case 'gcePersistentDisk':
    case 'awsElasticBlockStore':
      if (outOfByteRange(source.partition))
        problems.push({
          path: at('partition'),
          messageId: 'range',
          data: { field: 'partition', value: Number(source.partition) },
        });
      break;
    case 'flocker':
      if (text('datasetName') && text('datasetUUID')) problems.push({ path, messageId: 'flockerBoth' });
      if (text('datasetName')?.includes('/'))
        problems.push({
          path: at('datasetName'),
          messageId: 'flockerSlash',
          data: { value: preview(source.datasetName) },
        });
      break;
    case 'fc': {
      const wwns = Array.isArray(source.targetWWNs) && source.targetWWNs.length > 0;
      const wwids = Array.isArray(source.wwids) && source.wwids.length > 0;
      if (wwns && wwids) problems.push({ path: at('targetWWNs'), messageId: 'fcBoth' });
      if (wwns && outOfByteRange(source.lun))
        problems.push({ path: at('lun'), messageId: 'range', data: { field: 'lun', value: Number(source.lun) } });
      break;
    }
    case 'iscsi': {
      const iqn = text('iqn');
      if (iqn && !iscsiNameValid(iqn))
        problems.push({ path: at('iqn'), messageId: 'iscsiName', data: { field: 'iqn', value: preview(iqn) } });
      if (outOfByteRange(source.lun))
        problems.push({ path: at('lun'), messageId: 'range', data: { field: 'lun', value: Number(source.lun) } });
      const initiator = text('initiatorName');
      const portal = text('targetPortal') ?? '';
      if (initiator !== undefined && `${volumeName}:${portal}`.length > 64)
        problems.push({
          path: at('targetPortal'),
          messageId: 'iscsiPortalLength',
          data: { length: volumeName.length + 1 + portal.length },
        });
      if (initiator !== undefined && !iscsiNameValid(initiator))
        problems.push({
          path: at('initiatorName'),
          messageId: 'iscsiName',
          data: { field: 'initiatorName', value: preview(initiator) },
        });
      break;
    }
    case 'glusterfs':
      if (source.endpointsNamespace === '')
        problems.push({ path: at('endpointsNamespace'), messageId: 'emptyNamespace' });
      problems.push(
        ...nameProblems(source.endpointsNamespace, at('endpointsNamespace'), dns1123LabelErrors, 'namespace'),
      );
      break;
    case 'storageos':
      problems.push(...nameProblems(source.volumeName, at('volumeName'), dns1123LabelErrors, 'StorageOS volume'));
      problems.push(
        ...nameProblems(source.volumeNamespace, at('volumeNamespace'), dns1123LabelErrors, 'StorageOS namespace'),
      );
      break;
    case 'csi':
      for (const ref of CSI_SECRET_REFS) {
        const secretRef = asObject(source[ref]);
        if (!secretRef) continue;
        problems.push(...nameProblems(secretRef.name, [...path, ref, 'name'], dns1123SubdomainErrors, 'secret'));
        problems.push(
          ...nameProblems(secretRef.namespace, [...path, ref, 'namespace'], dns1123LabelErrors, 'namespace'),
        );
      }
      break;
    case 'flexVolume':
      for (const option of Object.keys(asObject(source.options) ?? {})) {
        if (isReservedFlexOption(option))
          problems.push({
            path: [...path, 'options', option],
            messageId: 'reservedOption',
            data: { option: preview(option) },
          });
      }
      break;
    case 'azureDisk': {
      const uri = text('diskURI');
      const kind = text('kind');
      // Only a disk whose kind is given has its URI checked (Managed: an ARM id; Shared, Dedicated: a blob URL).
      if (uri === undefined || kind === undefined) break;
      if (kind === 'Managed' ? !uri.startsWith('/subscriptions/') : !uri.startsWith('https://'))
        problems.push({
          path: at('diskURI'),
          messageId: 'azureDiskUri',
          data: {
            value: preview(uri),
            kind,
            expected:
              kind === 'Managed'
                ? '/subscriptions/{sub-id}/resourcegroups/{group-name}/providers/microsoft.compute/disks/{disk-id}'
                : 'https://{account-name}.blob.core.windows.net/{container-name}/{disk-name}.vhd',
          },
        });
      break;
    }
    case 'quobyte': {
      const registry = text('registry');
      if (!registry) break;
      if ((text('tenant') ?? '').length >= 65) problems.push({ path: at('tenant'), messageId: 'quobyteTenant' });
      else if (!registry.split(',').every(isHostPort))
        problems.push({ path: at('registry'), messageId: 'quobyteRegistry', data: { value: preview(registry) } });
      break;
    }
  }
  return problems;
}

export default defineRule({
  meta: {
    id: 'storage/pv-source-field-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['PersistentVolume'],
    description:
      'A PersistentVolume’s source fields must be well formed: an absolute NFS path, no ".." in local paths, valid iSCSI names, LUNs 0–255, …',
    fixable: false,
    sources: [
      { package: CORE_VALIDATION, function: 'validateNFSVolumeSource', type: 'Invalid' },
      { package: CORE_VALIDATION, function: 'validatePathNoBacksteps', type: 'Invalid' },
      { package: CORE_VALIDATION, function: 'validateGCEPersistentDiskVolumeSource', type: 'Invalid' },
      { package: CORE_VALIDATION, function: 'validateAWSElasticBlockStoreVolumeSource', type: 'Invalid' },
      { package: CORE_VALIDATION, function: 'validateFlockerVolumeSource', type: 'Invalid' },
      { package: CORE_VALIDATION, function: 'validateFCVolumeSource', type: 'Invalid' },
      { package: CORE_VALIDATION, function: 'validateISCSIPersistentVolumeSource', type: 'Invalid', field: 'iqn' },
      { package: CORE_VALIDATION, function: 'validateISCSIPersistentVolumeSource', type: 'Invalid', field: 'lun' },
      {
        package: CORE_VALIDATION,
        function: 'validateISCSIPersistentVolumeSource',
        type: 'Invalid',
        field: 'initiatorname',
      },
      { package: CORE_VALIDATION, function: 'validateGlusterfsPersistentVolumeSource', type: 'Invalid' },
      { package: CORE_VALIDATION, function: 'validateStorageOSPersistentVolumeSource', type: 'Invalid' },
      { package: CORE_VALIDATION, function: 'validatePVSecretReference', type: 'Invalid' },
      { package: CORE_VALIDATION, function: 'validateFlexPersistentVolumeSource', type: 'Invalid' },
      { package: CORE_VALIDATION, function: 'validateQuobyteVolumeSource' },
      {
        package: CORE_VALIDATION,
        function: 'ValidatePersistentVolumeSpec',
        type: 'Forbidden',
        field: 'persistentVolumeReclaimPolicy',
      },
      { package: CORE_VALIDATION, function: 'validateAzureDisk', type: 'NotSupported', field: 'diskURI' },
      {
        package: CORE_VALIDATION,
        function: 'validateISCSIPersistentVolumeSource',
        type: 'Invalid',
        field: 'targetportal',
      },
    ],
    messages: {
      notAbsolute:
        'nfs.path {{value}} is not an absolute path, so the API server refuses the PersistentVolume; start it with /',
      backsteps:
        'path {{value}} contains a ".." element, so the API server refuses the PersistentVolume; write the normalised path',
      range: '{{field}} is {{value}}, but it must be between 0 and 255, so the API server refuses the PersistentVolume',
      flockerBoth:
        'the flocker source names both datasetName and datasetUUID, so the API server refuses the PersistentVolume; keep one',
      flockerSlash: 'flocker.datasetName {{value}} contains "/", so the API server refuses the PersistentVolume',
      fcBoth: 'the fc source names both targetWWNs and wwids, so the API server refuses the PersistentVolume; keep one',
      iscsiName:
        'iscsi.{{field}} {{value}} is not an iSCSI name (iqn.YYYY-MM.reversed.domain:name, eui. plus 16 hex digits, or naa. plus 32), so the API server refuses the PersistentVolume',
      emptyNamespace:
        'glusterfs.endpointsNamespace is empty, so the API server refuses the PersistentVolume; name the namespace of the endpoints, or remove the field',
      invalidName: '{{value}} is not a valid {{what}} name: {{reasons}}; the API server refuses the PersistentVolume',
      reservedOption:
        'FlexVolume option {{option}} uses a kubernetes.io or k8s.io prefix, which is reserved, so the API server refuses the PersistentVolume; use your own prefix',
      azureDiskUri:
        'azureDisk.diskURI {{value}} does not fit a {{kind}} disk, so the API server refuses the PersistentVolume; write it as {{expected}}',
      iscsiPortalLength:
        'with an initiatorName, the PersistentVolume’s name and iscsi.targetPortal joined by ":" must stay within 64 characters, but they take {{length}}, so the API server refuses the PersistentVolume; shorten the name',
      recycleRoot:
        'Recycle deletes the volume’s files, and this hostPath volume is the node’s root directory, so the API server refuses the PersistentVolume; use Retain',
      quobyteTenant:
        'quobyte.tenant is 65 characters or longer, but it must be a UUID, so the API server refuses the PersistentVolume',
      quobyteRegistry:
        'quobyte.registry {{value}} is not a host:port pair or a comma-separated list of them, so the API server refuses the PersistentVolume',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const spec = persistentVolumeSpec(resource);
        if (!spec) return;
        // Recycling scrubs the volume's files: on a hostPath of / that would be the node's whole disk.
        const hostPath = asObject(spec.hostPath);
        if (
          hostPath &&
          typeof hostPath.path === 'string' &&
          cleanPath(hostPath.path) === '/' &&
          spec.persistentVolumeReclaimPolicy === 'Recycle'
        )
          context.report({ resource, path: ['spec', 'persistentVolumeReclaimPolicy'], messageId: 'recycleRoot' });
        for (const { key, source } of validatedSources(spec))
          for (const problem of sourceProblems(key, source, ['spec', key], resource.name ?? ''))
            context.report({ resource, ...problem });
      },
    };
  },
});
