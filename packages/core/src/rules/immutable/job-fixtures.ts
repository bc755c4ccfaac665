/**
 * A Job `migrate` for the Job rule tests: spec fields (column 3) start at line 6, template metadata
 * fields (column 7) at the line after `metadata:`, pod spec fields (column 7) before `containers:`,
 * container fields (column 11) after `image:`.
 */
export function job({ spec = '', templateMetadata = '', podSpec = '', container = '', image = 'example/migrate:1' } = {}): string {
  return `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
spec:
${spec}  template:
${templateMetadata === '' ? '' : `    metadata:\n${templateMetadata}`}    spec:
      restartPolicy: Never
${podSpec}      containers:
        - name: migrate
          image: ${image}
${container}`;
}
