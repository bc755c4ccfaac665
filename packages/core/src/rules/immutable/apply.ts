/**
 * What to ask the oracle about an update, so that it judges what `kubectl apply` would do.
 *
 * The oracle creates the old document (that is the stored object) and applies the new document
 * onto it as a three-way strategic merge, with the old document as the last-applied
 * configuration. That is exactly `kubectl apply` when the old version is a manifest. When the old
 * version is a live object (`kubectl get -o yaml`), the last-applied configuration is its
 * annotation, or nothing: fields the manifest leaves out are not removals. So for those the new
 * document is the result of the apply (diff.ts: `applyOnto`), which the oracle's own patch then
 * leaves as it is.
 */
import { stringify } from 'yaml';
import { YamlManifestLoader } from '../../load/yaml-loader.js';
import type { LoadedDocument } from '../../load/document.js';
import { identityKey, resourcesOf, type Resource } from '../../model/resource.js';
import { asObject, isObject, type PlainObject } from '../../model/values.js';
import { applyOnto, isLiveObject, lastAppliedOf } from './diff.js';

/** Metadata only the server writes: an apply never sends it, the update keeps the stored values. */
const SERVER_METADATA = ['uid', 'resourceVersion', 'creationTimestamp', 'generation', 'managedFields', 'selfLink'];

export function oracleUpdateTexts(newText: string, oldText: string): { text: string; oldText: string } {
  const loader = new YamlManifestLoader();
  const liveOlds = new Map<string, Resource>();
  for (const document of loader.load('old.yaml', oldText).documents) {
    const only = singleResource(document);
    if (only?.name !== undefined && isLiveObject(only.object)) liveOlds.set(identityKey(only), only);
  }
  if (liveOlds.size === 0) return { text: newText, oldText };
  const documents: string[] = [];
  for (const document of loader.load('new.yaml', newText).documents) {
    if (document.broken || document.value === null || document.value === undefined) continue;
    const only = singleResource(document);
    const old = only?.name !== undefined ? liveOlds.get(identityKey(only)) : undefined;
    const value = only && old ? withoutServerFields(applyOnto(old.object, only.object, lastAppliedOf(old.object), undefined), only.object) : document.value;
    // YAML 1.1, as the API server reads it (JSON would keep raw fields such as a ControllerRevision's data byte for byte).
    documents.push(stringify(value, { version: '1.1' }));
  }
  return { text: documents.join('---\n'), oldText };
}

function singleResource(document: LoadedDocument): Resource | undefined {
  if (document.broken) return undefined;
  const resources = resourcesOf('x.yaml', document).resources;
  const only = resources.length === 1 ? resources[0] : undefined;
  return only && only.basePath.length === 0 ? only : undefined;
}

/** Drops what only the live object had: status and server-written metadata the manifest does not set itself. */
function withoutServerFields(value: unknown, manifest: PlainObject): unknown {
  if (!isObject(value)) return value;
  const written = asObject(manifest.metadata) ?? {};
  const out: PlainObject = Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'status'));
  const metadata = asObject(out.metadata);
  if (metadata) out.metadata = Object.fromEntries(Object.entries(metadata).filter(([key]) => !SERVER_METADATA.includes(key) || key in written));
  return out;
}
