// Placeholder until the immutable-updates work lands: reading old versions from git.
export async function readOldFromGit(ref: string, paths: string[], cwd: string): Promise<Array<{ file: string; text: string }>> {
  void paths;
  void cwd;
  throw new Error(`reading manifests at ${ref} is not available yet`);
}
