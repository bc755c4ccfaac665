import type { Resource } from '../../../model/resource.js';
import { asObject, type PlainObject } from '../../../model/values.js';

export const CORE_VALIDATION = 'k8s.io/kubernetes/pkg/apis/core/validation';

/** The spec of a PersistentVolume (an absent spec reads as empty, as the API server decodes it). */
export function persistentVolumeSpec(resource: Resource): PlainObject | undefined {
  if (resource.group !== '' || resource.kind !== 'PersistentVolume') return undefined;
  const spec = resource.object.spec;
  return asObject(spec) ?? (spec === undefined || spec === null ? {} : undefined);
}

/** One volume source of a PersistentVolumeSpec, in the order ValidatePersistentVolumeSpec checks them. */
export interface VolumeSourceKind {
  /** The field as written in the manifest. */
  readonly key: string;
  /** Where ValidatePersistentVolumeSpec reports a second source (`cephFS` for the `cephfs` field). */
  readonly reportedAs: string;
}

export const PV_SOURCES: readonly VolumeSourceKind[] = [
  'hostPath',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'glusterfs',
  'flocker',
  'nfs',
  'rbd',
  'quobyte',
  'cephfs',
  'iscsi',
  'cinder',
  'fc',
  'flexVolume',
  'azureFile',
  'vsphereVolume',
  'photonPersistentDisk',
  'portworxVolume',
  'azureDisk',
  'scaleIO',
  'local',
  'storageos',
  'csi',
].map((key) => ({ key, reportedAs: key === 'cephfs' ? 'cephFS' : key }));

/** The sources a PersistentVolume sets (null is unset, as the decoder reads it), in validation order. */
export function setSources(spec: PlainObject): VolumeSourceKind[] {
  return PV_SOURCES.filter((source) => spec[source.key] !== undefined && spec[source.key] !== null);
}

/**
 * The sources ValidatePersistentVolumeSpec validates: the first one set, and every flexVolume
 * (counted but never refused as a second source); a refused second source is not looked into.
 */
export function validatedSources(spec: PlainObject): Array<{ key: string; source: PlainObject }> {
  let counted = 0;
  const validated: Array<{ key: string; source: PlainObject }> = [];
  for (const { key } of setSources(spec)) {
    const isFirst = counted === 0;
    if (isFirst || key === 'flexVolume') {
      counted++;
      const source = asObject(spec[key]);
      if (source) validated.push({ key, source });
    }
  }
  return validated;
}

/** `""`, `[]`, absent or null: what the API server's `len(x) == 0` reads as missing. */
export function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}
