/**
 * A FlexVolume option key the API server reserves (validateFlexVolumeSource and its
 * PersistentVolume twin): its namespace, the part before the first "/" or the whole key, is
 * kubernetes.io, k8s.io or a subdomain of either, in any case.
 */
export function isReservedFlexOption(key: string): boolean {
  const namespace = key.includes('/') ? key.slice(0, key.indexOf('/')) : key;
  const domain = `.${namespace.toLowerCase()}`;
  return domain.endsWith('.kubernetes.io') || domain.endsWith('.k8s.io');
}
