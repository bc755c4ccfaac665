/**
 * File-path checks of the core validation that pods' volumes and PersistentVolume sources share.
 */

/** validatePathNoBacksteps: a `..` element anywhere (either slash separates elements). */
export function hasBacksteps(path: string): boolean {
  return path.replace(/\\/g, '/').split('/').includes('..');
}
