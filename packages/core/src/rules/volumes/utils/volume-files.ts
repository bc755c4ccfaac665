import { hasBacksteps } from '../../../model/file-paths.js';
import type { FieldPath } from '../../../model/path.js';
import type { PodSpecSite } from '../../../model/resource.js';
import { asObject, objectEntries, type PlainObject } from '../../../model/values.js';
import { memoized } from '../../../util/memo.js';

/**
 * A file a volume projects (a ConfigMap or Secret key, a downward API field, a service account
 * token, a cluster trust bundle, a pod certificate's credential, key or chain). `apiPath` is where
 * the API server reports the file's `mode` and `fieldRef`: the item itself for keys, but for
 * downward API files the source without the item index (validateDownwardAPIVolumeSource passes its
 * own path down), and for the other projected sources the source.
 */
export interface VolumeFile {
  readonly item: PlainObject;
  readonly kind: 'key' | 'downwardAPI' | 'serviceAccountToken' | 'clusterTrustBundle' | 'podCertificate';
  readonly apiPath: FieldPath;
  /** The file's path as written: `items[].path`, a token's or bundle's `path`, a pod certificate's `keyPath`… */
  readonly path: unknown;
  /** Where the API server reports the file's `path` (the token's is `projected.path`). */
  readonly pathField: FieldPath;
  readonly volumeName: string;
}

/** A `defaultMode` of a volume source, or a file's `mode`, with the API server's path for it. */
export interface FileMode {
  readonly value: unknown;
  readonly apiPath: FieldPath;
  readonly volumeName: string;
}

export interface PodVolume {
  readonly volume: PlainObject;
  readonly path: FieldPath;
  readonly name: string;
}

export const podVolumes: (site: PodSpecSite) => readonly PodVolume[] = memoized((site: PodSpecSite): PodVolume[] => {
  return objectEntries(site.spec.volumes).map(([index, volume]) => ({
    volume,
    path: [...site.path, 'volumes', index],
    name: typeof volume.name === 'string' ? volume.name : `volumes[${index}]`,
  }));
});

/**
 * The volumes that name exactly one source. With several, the API server validates only the first
 * it finds and refuses the others (volumes/source-count), so the checks of one source skip them.
 * A source written as null decodes to no source (a nil pointer), so it does not count.
 */
export const singleSourceVolumes: (site: PodSpecSite) => readonly PodVolume[] = memoized(
  (site: PodSpecSite): PodVolume[] => {
    return podVolumes(site).filter(
      ({ volume }) => Object.keys(volume).filter((key) => key !== 'name' && volume[key] !== null).length === 1,
    );
  },
);

function keyFiles(source: PlainObject | undefined, sourcePath: FieldPath, volumeName: string): VolumeFile[] {
  return objectEntries(source?.items).map(([index, item]) => {
    const apiPath = [...sourcePath, 'items', index];
    return { item, kind: 'key', apiPath, path: item.path, pathField: [...apiPath, 'path'], volumeName };
  });
}

function downwardFiles(source: PlainObject | undefined, sourcePath: FieldPath, volumeName: string): VolumeFile[] {
  return objectEntries(source?.items).map(([, item]) => ({
    item,
    kind: 'downwardAPI',
    apiPath: sourcePath,
    path: item.path,
    pathField: [...sourcePath, 'path'],
    volumeName,
  }));
}

/** The files a podCertificate source writes, in the API server's order. */
const POD_CERTIFICATE_PATHS = ['credentialBundlePath', 'keyPath', 'certificateChainPath'];

export const volumeFiles: (site: PodSpecSite) => readonly VolumeFile[] = memoized((site: PodSpecSite): VolumeFile[] => {
  return podVolumes(site).flatMap(({ volume, path, name }) => {
    const files = [
      ...keyFiles(asObject(volume.configMap), [...path, 'configMap'], name),
      ...keyFiles(asObject(volume.secret), [...path, 'secret'], name),
      ...downwardFiles(asObject(volume.downwardAPI), [...path, 'downwardAPI'], name),
    ];
    const projected = asObject(volume.projected);
    for (const [index, source] of objectEntries(projected?.sources)) {
      const sourcePath = [...path, 'projected', 'sources', index];
      files.push(...keyFiles(asObject(source.configMap), [...sourcePath, 'configMap'], name));
      files.push(...keyFiles(asObject(source.secret), [...sourcePath, 'secret'], name));
      files.push(...downwardFiles(asObject(source.downwardAPI), [...sourcePath, 'downwardAPI'], name));
      const token = asObject(source.serviceAccountToken);
      if (token)
        files.push({
          item: token,
          kind: 'serviceAccountToken',
          apiPath: [...sourcePath, 'serviceAccountToken'],
          path: token.path,
          pathField: [...path, 'projected', 'path'],
          volumeName: name,
        });
      const bundle = asObject(source.clusterTrustBundle);
      if (bundle) {
        const apiPath = [...sourcePath, 'clusterTrustBundle'];
        files.push({
          item: bundle,
          kind: 'clusterTrustBundle',
          apiPath,
          path: bundle.path,
          pathField: [...apiPath, 'path'],
          volumeName: name,
        });
      }
      const certificate = asObject(source.podCertificate);
      for (const field of certificate ? POD_CERTIFICATE_PATHS : []) {
        const apiPath = [...sourcePath, 'podCertificate'];
        files.push({
          item: certificate ?? {},
          kind: 'podCertificate',
          apiPath,
          path: certificate?.[field],
          pathField: [...apiPath, field],
          volumeName: name,
        });
      }
    }
    return files;
  });
});

export const fileModes: (site: PodSpecSite) => readonly FileMode[] = memoized((site: PodSpecSite): FileMode[] => {
  const modes: FileMode[] = [];
  for (const { volume, path, name } of podVolumes(site)) {
    for (const sourceName of ['configMap', 'secret', 'downwardAPI', 'projected']) {
      const source = asObject(volume[sourceName]);
      if (source && source.defaultMode !== undefined && source.defaultMode !== null)
        modes.push({ value: source.defaultMode, apiPath: [...path, sourceName, 'defaultMode'], volumeName: name });
    }
  }
  for (const file of volumeFiles(site)) {
    if ((file.kind === 'key' || file.kind === 'downwardAPI') && file.item.mode !== undefined && file.item.mode !== null)
      modes.push({ value: file.item.mode, apiPath: [...file.apiPath, 'mode'], volumeName: file.volumeName });
  }
  return modes;
});

/** ValidateLocalNonReservedPath: relative, no `..` element, not starting with `..`. */
export function localPathErrors(path: string): string[] {
  const errors: string[] = [];
  if (path.startsWith('/')) errors.push('it must be a relative path');
  if (hasBacksteps(path)) errors.push("it must not contain '..'");
  else if (path.startsWith('..')) errors.push("it must not start with '..'");
  return errors;
}
