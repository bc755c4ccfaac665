/** A PersistentVolumeClaim named data with `spec` (unindented) written from line 6. */
export function claim(spec: string): string {
  return `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
${spec.split('\n').map((line) => `  ${line}`).join('\n')}
`;
}
