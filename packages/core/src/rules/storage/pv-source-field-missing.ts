import { defineRule, type ApiSource } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import { asObject, type PlainObject } from '../../model/values.js';
import { enforcedRequired } from '../../schema/enforcement.js';
import { CORE_VALIDATION, isEmptyValue, persistentVolumeSpec, validatedSources } from './utils/persistent-volumes.js';

/** What each source of a PersistentVolume needs, by the function that validates it and the OpenAPI definition. */
interface SourceRequirements {
  readonly function: string;
  readonly definition: string;
  readonly required: readonly string[];
  /** SecretReferences that need a name and a namespace when given (validatePVSecretReference and its copies). */
  readonly secretRefs?: readonly string[];
}

const SOURCES: Readonly<Record<string, SourceRequirements>> = {
  hostPath: { function: 'validateHostPathVolumeSource', definition: 'HostPathVolumeSource', required: ['path'] },
  gcePersistentDisk: {
    function: 'validateGCEPersistentDiskVolumeSource',
    definition: 'GCEPersistentDiskVolumeSource',
    required: ['pdName'],
  },
  awsElasticBlockStore: {
    function: 'validateAWSElasticBlockStoreVolumeSource',
    definition: 'AWSElasticBlockStoreVolumeSource',
    required: ['volumeID'],
  },
  glusterfs: {
    function: 'validateGlusterfsPersistentVolumeSource',
    definition: 'GlusterfsPersistentVolumeSource',
    required: ['endpoints', 'path'],
  },
  nfs: { function: 'validateNFSVolumeSource', definition: 'NFSVolumeSource', required: ['server', 'path'] },
  rbd: {
    function: 'validateRBDPersistentVolumeSource',
    definition: 'RBDPersistentVolumeSource',
    required: ['monitors', 'image'],
  },
  quobyte: {
    function: 'validateQuobyteVolumeSource',
    definition: 'QuobyteVolumeSource',
    required: ['registry', 'volume'],
  },
  cephfs: {
    function: 'validateCephFSPersistentVolumeSource',
    definition: 'CephFSPersistentVolumeSource',
    required: ['monitors'],
  },
  iscsi: {
    function: 'validateISCSIPersistentVolumeSource',
    definition: 'ISCSIPersistentVolumeSource',
    required: ['targetPortal', 'iqn'],
  },
  cinder: {
    function: 'validateCinderPersistentVolumeSource',
    definition: 'CinderPersistentVolumeSource',
    required: ['volumeID'],
    secretRefs: ['secretRef'],
  },
  flexVolume: {
    function: 'validateFlexPersistentVolumeSource',
    definition: 'FlexPersistentVolumeSource',
    required: ['driver'],
  },
  azureFile: {
    function: 'validateAzureFilePV',
    definition: 'AzureFilePersistentVolumeSource',
    required: ['secretName', 'shareName'],
  },
  vsphereVolume: {
    function: 'validateVsphereVolumeSource',
    definition: 'VsphereVirtualDiskVolumeSource',
    required: ['volumePath'],
  },
  photonPersistentDisk: {
    function: 'validatePhotonPersistentDiskVolumeSource',
    definition: 'PhotonPersistentDiskVolumeSource',
    required: ['pdID'],
  },
  portworxVolume: {
    function: 'validatePortworxVolumeSource',
    definition: 'PortworxVolumeSource',
    required: ['volumeID'],
  },
  azureDisk: { function: 'validateAzureDisk', definition: 'AzureDiskVolumeSource', required: ['diskName', 'diskURI'] },
  scaleIO: {
    function: 'validateScaleIOPersistentVolumeSource',
    definition: 'ScaleIOPersistentVolumeSource',
    required: ['gateway', 'system', 'volumeName'],
  },
  local: { function: 'validateLocalVolumeSource', definition: 'LocalVolumeSource', required: ['path'] },
  storageos: {
    function: 'validateStorageOSPersistentVolumeSource',
    definition: 'StorageOSPersistentVolumeSource',
    required: ['volumeName'],
    secretRefs: ['secretRef'],
  },
  csi: {
    function: 'validateCSIPersistentVolumeSource',
    definition: 'CSIPersistentVolumeSource',
    required: ['driver', 'volumeHandle'],
    secretRefs: [
      'controllerPublishSecretRef',
      'controllerExpandSecretRef',
      'nodePublishSecretRef',
      'nodeExpandSecretRef',
    ],
  },
};

const sources: ApiSource[] = [
  ...Object.values(SOURCES).map((source) => ({
    package: CORE_VALIDATION,
    function: source.function,
    type: 'Required' as const,
  })),
  { package: CORE_VALIDATION, function: 'validateFlockerVolumeSource', type: 'Required' },
  { package: CORE_VALIDATION, function: 'validateFCVolumeSource', type: 'Required' },
  { package: CORE_VALIDATION, function: 'validatePVSecretReference', type: 'Required' },
];

export default defineRule({
  meta: {
    id: 'storage/pv-source-field-missing',
    severity: 'error',
    origin: 'api-error',
    kinds: ['PersistentVolume'],
    description:
      'A PersistentVolume’s source must give what locates the storage: an iSCSI target and IQN, RBD monitors, a secret’s namespace, …',
    fixable: false,
    sources,
    messages: {
      missing:
        'the {{source}} source has no {{field}}, which the API server requires to locate the storage, so it refuses the PersistentVolume; set {{field}}',
      secretRefField:
        '{{ref}} has no {{field}}: a PersistentVolume belongs to no namespace, so a secret reference must name both the secret and its namespace, and the API server refuses it; set {{field}}',
      flockerDataset:
        'the flocker source names no dataset, so the API server refuses the PersistentVolume (one of datasetName and datasetUUID is required); set one of them',
      fcTarget:
        'the fc source names no target, so the API server refuses the PersistentVolume (must specify either targetWWNs or wwids); set one of them',
      fcLun:
        'the fc source gives targetWWNs but no lun, so the API server refuses the PersistentVolume (lun is required if targetWWNs is specified); set the LUN number',
      secretRefName:
        '{{ref}} names no secret, so the API server refuses the PersistentVolume; set the name of the secret with the credentials',
      iscsiSecret:
        'CHAP authentication is on (chapAuthDiscovery or chapAuthSession) but the iscsi source names no secretRef with the credentials, so the API server refuses the PersistentVolume; add secretRef',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const spec = persistentVolumeSpec(resource);
        if (!spec) return;
        for (const { key, source } of validatedSources(spec)) {
          const path: FieldPath = ['spec', key];
          const requirements = SOURCES[key];
          if (requirements) {
            const definition = `io.k8s.api.core.v1.${requirements.definition}`;
            for (const field of requirements.required) {
              // Where the schema rules enforce the field, they report it missing or empty.
              if (enforcedRequired(definition, field, true) || !isEmptyValue(source[field])) continue;
              context.report({ resource, path: [...path, field], messageId: 'missing', data: { source: key, field } });
            }
            for (const ref of requirements.secretRefs ?? []) reportSecretRef(source, [...path, ref], ref);
          }
          if (key === 'flocker' && isEmptyValue(source.datasetName) && isEmptyValue(source.datasetUUID))
            context.report({ resource, path, messageId: 'flockerDataset' });
          if (key === 'fc') {
            if (isEmptyValue(source.targetWWNs) && isEmptyValue(source.wwids))
              context.report({ resource, path: [...path, 'targetWWNs'], messageId: 'fcTarget' });
            else if (!isEmptyValue(source.targetWWNs) && (source.lun === undefined || source.lun === null))
              context.report({ resource, path: [...path, 'lun'], messageId: 'fcLun' });
          }
          if (key === 'iscsi') {
            if (
              (source.chapAuthDiscovery === true || source.chapAuthSession === true) &&
              isEmptyValue(source.secretRef)
            )
              context.report({ resource, path: [...path, 'secretRef'], messageId: 'iscsiSecret' });
            // The iSCSI secret reference may leave its namespace out (validateISCSIPersistentVolumeSource checks the name only).
            const secretRef = asObject(source.secretRef);
            if (secretRef && isEmptyValue(secretRef.name))
              context.report({
                resource,
                path: [...path, 'secretRef', 'name'],
                messageId: 'secretRefName',
                data: { ref: `${key}.secretRef` },
              });
          }
        }

        function reportSecretRef(source: PlainObject, refPath: FieldPath, ref: string): void {
          const secretRef = asObject(source[ref]);
          if (!secretRef) return;
          for (const field of ['name', 'namespace'])
            if (isEmptyValue(secretRef[field]))
              context.report({
                resource,
                path: [...refPath, field],
                messageId: 'secretRefField',
                data: { ref: refPath.slice(1).join('.'), field },
              });
        }
      },
    };
  },
});
