import { defineRule } from '../../engine/rule.js';
import { asArray, asObject } from '../../model/values.js';
import { singleSourceVolumes } from './utils/volume-files.js';

const CORE = 'k8s.io/kubernetes/pkg/apis/core/validation';

export default defineRule({
  meta: {
    id: 'volumes/disk-source-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'An fc volume names targetWWNs (with a lun) or wwids; flocker one dataset; GCE and EBS partitions are 1-255; an azureDisk URI fits its kind.',
    fixable: false,
    podSpecFields: ['volumes'],
    sources: [
      { package: CORE, function: 'validateFCVolumeSource' },
      { package: CORE, function: 'validateFlockerVolumeSource' },
      { package: CORE, function: 'validateGCEPersistentDiskVolumeSource', type: 'Invalid', field: 'partition' },
      { package: CORE, function: 'validateAWSElasticBlockStoreVolumeSource', type: 'Invalid', field: 'partition' },
      { package: CORE, function: 'validateAzureDisk', type: 'NotSupported', field: 'diskURI' },
    ],
    messages: {
      fcNone: 'fc volume {{volume}} names neither targetWWNs nor wwids; the API server requires one of them',
      fcBoth: 'fc volume {{volume}} names both targetWWNs and wwids, which the API server refuses; keep one',
      fcLunRequired:
        'fc volume {{volume}} names targetWWNs without a lun, which the API server requires with them; add lun',
      range: '{{field}} {{value}} of volume {{volume}} is out of range; the API server accepts {{range}}',
      azureUri:
        'azureDisk diskURI {{value}} of volume {{volume}} does not fit its kind {{kind}}: the API server requires {{expected}}',
      flockerNone: 'flocker volume {{volume}} names no dataset; the API server requires datasetName or datasetUUID',
      flockerBoth:
        'flocker volume {{volume}} names both datasetName and datasetUUID, which the API server refuses; keep one',
      flockerSlash: 'flocker datasetName {{value}} of volume {{volume}} contains "/", which the API server refuses',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const { volume, path, name } of singleSourceVolumes(site)) {
          const data = { volume: JSON.stringify(name) };
          const fc = asObject(volume.fc);
          if (fc) {
            const base = [...path, 'fc'];
            const targets = asArray(fc.targetWWNs).length;
            const wwids = asArray(fc.wwids).length;
            if (targets === 0 && wwids === 0)
              context.report({ resource, path: [...base, 'targetWWNs'], messageId: 'fcNone', data });
            if (targets > 0 && wwids > 0)
              context.report({ resource, path: [...base, 'targetWWNs'], messageId: 'fcBoth', data });
            if (targets > 0) {
              if (typeof fc.lun !== 'number')
                context.report({ resource, path: [...base, 'lun'], messageId: 'fcLunRequired', data });
              else if (fc.lun < 0 || fc.lun > 255)
                context.report({
                  resource,
                  path: [...base, 'lun'],
                  messageId: 'range',
                  data: { ...data, field: 'lun', value: fc.lun, range: '0 to 255' },
                });
            }
          }
          const flocker = asObject(volume.flocker);
          if (flocker) {
            const base = [...path, 'flocker'];
            const datasetName = typeof flocker.datasetName === 'string' ? flocker.datasetName : '';
            const datasetUUID = typeof flocker.datasetUUID === 'string' ? flocker.datasetUUID : '';
            if (datasetName === '' && datasetUUID === '')
              context.report({ resource, path: base, messageId: 'flockerNone', data });
            if (datasetName !== '' && datasetUUID !== '')
              context.report({ resource, path: base, messageId: 'flockerBoth', data });
            if (datasetName.includes('/'))
              context.report({
                resource,
                path: [...base, 'datasetName'],
                messageId: 'flockerSlash',
                data: { ...data, value: JSON.stringify(datasetName) },
              });
          }
          const azure = asObject(volume.azureDisk);
          if (azure && typeof azure.diskURI === 'string' && azure.diskURI !== '') {
            // kind defaults to Shared; only Managed disks are named by an Azure resource id.
            const kind = typeof azure.kind === 'string' ? azure.kind : 'Shared';
            const expected = kind === 'Managed' ? '/subscriptions/' : 'https://';
            if (!azure.diskURI.startsWith(expected))
              context.report({
                resource,
                path: [...path, 'azureDisk', 'diskURI'],
                messageId: 'azureUri',
                data: {
                  ...data,
                  value: JSON.stringify(azure.diskURI),
                  kind,
                  expected:
                    kind === 'Managed'
                      ? 'a managed disk id, "/subscriptions/{sub-id}/resourcegroups/{group-name}/providers/microsoft.compute/disks/{disk-id}"'
                      : 'a blob URL, "https://{account-name}.blob.core.windows.net/{container-name}/{disk-name}.vhd"',
                },
              });
          }
          for (const source of ['gcePersistentDisk', 'awsElasticBlockStore'] as const) {
            const partition = asObject(volume[source])?.partition;
            if (typeof partition === 'number' && (partition < 0 || partition > 255))
              context.report({
                resource,
                path: [...path, source, 'partition'],
                messageId: 'range',
                data: {
                  ...data,
                  field: `${source}.partition`,
                  value: partition,
                  range: '1 to 255 (or 0, the whole disk)',
                },
              });
          }
        }
      },
    };
  },
});
