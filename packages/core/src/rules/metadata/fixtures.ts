/** A ConfigMap named settings whose metadata ends with `metadata` (unindented), written from line 5. */
export function configMapWithMetadata(metadata: string): string {
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
${metadata.split('\n').map((line) => `  ${line}`).join('\n')}
data:
  key: value
`;
}
