/** A PodDisruptionBudget for `app: web` with `fields` (unindented) in its spec, written from line 6. */
export function budget(fields: string): string {
  return `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
${fields.split('\n').map((line) => `  ${line}`).join('\n')}
  selector:
    matchLabels: {app: web}
`;
}
