/**
 * File-path checks of the core validation that pods' volumes and PersistentVolume sources share.
 */

/**
 * validatePathNoBacksteps: a `..` element anywhere. Only `/` separates elements: the API server's
 * filepath.ToSlash changes nothing on Linux, so `a\..\b` is one element, which it accepts.
 */
export function hasBacksteps(path: string): boolean {
  return path.split('/').includes('..');
}
