import type { LoadedDocument } from '../load/document.js';
import { isObject } from './values.js';

/**
 * Other tools' YAML that sits beside manifests and reaches podlint through a folder walk or a
 * pre-commit hook: a Helm chart's Chart.yaml (an apiVersion, no kind) and values files (any keys,
 * `kind:` among them), kustomize's and skaffold's configs (an apiVersion and a kind that no API
 * server serves). They are skipped with a note; a file that looks like a manifest but is broken
 * keeps its error.
 */
const BY_NAME: ReadonlyArray<{ name: RegExp; what: string; unless?: 'has-manifests' }> = [
  { name: /^Chart\.(ya?ml|lock)$/, what: "a Helm chart's Chart.yaml" },
  { name: /^(kustomization\.ya?ml|Kustomization)$/, what: "kustomize's kustomization.yaml" },
  { name: /^skaffold\.ya?ml$/, what: "skaffold's config" },
  // values.yaml, values-prod.yaml, values.prod.yaml, prod.values.yaml: unless it holds real objects.
  { name: /(^|[.-])values([.-].*)?\.ya?ml$/, what: 'Helm values', unless: 'has-manifests' },
];

/** API groups of tools that borrow Kubernetes' shape for their own config files. */
const FOREIGN_GROUPS: ReadonlyArray<{ prefix: string; what: string }> = [
  { prefix: 'kustomize.config.k8s.io/', what: 'a kustomize config' },
  { prefix: 'skaffold/', what: "skaffold's config" },
  { prefix: 'kpt.dev/', what: 'a kpt Kptfile' },
];

/** Why a file is not Kubernetes manifests (for the debug note), or undefined when it may be. */
export function foreignFileReason(file: string, documents: readonly LoadedDocument[]): string | undefined {
  // Every file of a run passes here: its base name without an array of its path's parts.
  const name = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const byName = BY_NAME.find((entry) => entry.name.test(name));
  if (byName && !(byName.unless === 'has-manifests' && documents.some((document) => looksLikeManifest(document.value))))
    return `${byName.what}, not a Kubernetes manifest`;
  // Foreign when every document with a value is some tool's config (the first one names it).
  let first: string | undefined;
  for (const document of documents) {
    if (document.broken || document.value === null || document.value === undefined) continue;
    const group = foreignGroup(document.value);
    if (group === undefined) return undefined;
    first ??= group;
  }
  return first === undefined ? undefined : `${first}, not a Kubernetes manifest`;
}

function looksLikeManifest(value: unknown): boolean {
  return isObject(value) && typeof value.apiVersion === 'string' && typeof value.kind === 'string';
}

function foreignGroup(value: unknown): string | undefined {
  if (!isObject(value) || typeof value.apiVersion !== 'string') return undefined;
  const apiVersion = value.apiVersion;
  return FOREIGN_GROUPS.find((entry) => apiVersion.startsWith(entry.prefix))?.what;
}
