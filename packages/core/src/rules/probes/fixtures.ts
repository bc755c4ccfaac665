/**
 * Manifests for the probe rule tests. Container fields are written without indentation and
 * placed under the first container; the line numbers each builder produces are listed so the
 * expected positions in the tests can be read off directly.
 */
export function indent(block: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return block
    .split('\n')
    .filter((line, i, lines) => line !== '' || i < lines.length - 1)
    .map((line) => (line === '' ? line : pad + line))
    .join('\n');
}

function section(block: string, spaces: number): string {
  return block === '' ? '' : `${indent(block, spaces)}\n`;
}

/** Pod `web`: line 9 (column 7) holds the first container field; `spec` fields go before `containers` (line 6). */
export function pod(containerFields: string, specFields = '', extraContainers = ''): string {
  return `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
${section(specFields, 2)}  containers:
    - name: web
      image: nginx:1.27
${section(containerFields, 6)}${section(extraContainers, 4)}`;
}

/** Deployment `web`: line 15 (column 11) holds the first container field; template spec fields go before `containers` (line 12). */
export function deployment(containerFields: string, specFields = ''): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
${section(specFields, 6)}      containers:
        - name: web
          image: nginx:1.27
${section(containerFields, 10)}`;
}
