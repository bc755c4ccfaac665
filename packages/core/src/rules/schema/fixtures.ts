/**
 * Manifests for the schema rule tests. `POD` is a complete Pod that exercises every level the
 * typo tests touch; its line numbers are fixed, so a case edits one line and the expected position
 * is read off the table below.
 *
 *   5 labels (col 3)          12 containerPort (col 11)   19 mountPath (col 11)   25 topologyKey (col 7)
 *   7 spec (col 1)            14 livenessProbe (col 7)    20 volumes (col 3)      26 whenUnsatisfiable (col 7)
 *  10 image (col 7)           16 initialDelaySeconds (col 9)
 */
export const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    app: web
spec:
  containers:
    - name: web
      image: nginx:1.27
      ports:
        - containerPort: 80
          name: http
      livenessProbe:
        httpGet: {path: /healthz, port: 80}
        initialDelaySeconds: 5
      volumeMounts:
        - name: data
          mountPath: /data
  volumes:
    - name: data
      emptyDir: {}
  topologySpreadConstraints:
    - maxSkew: 1
      topologyKey: kubernetes.io/hostname
      whenUnsatisfiable: ScheduleAnyway
      labelSelector: {matchLabels: {app: web}}
`;

/** POD with one line (1-based) rewritten: `from` is replaced by `to` on that line only. */
export function editLine(text: string, line: number, from: string, to: string): string {
  const lines = text.split('\n');
  const current = lines[line - 1];
  if (current === undefined || !current.includes(from)) throw new Error(`line ${line} does not contain ${from}: ${current}`);
  lines[line - 1] = current.replace(from, to);
  return lines.join('\n');
}

/** POD with lines inserted after a line (1-based). */
export function insertAfter(text: string, line: number, inserted: string): string {
  const lines = text.split('\n');
  lines.splice(line, 0, ...inserted.split('\n'));
  return lines.join('\n');
}

/** A Deployment `web`: the first container field is line 20 (column 11); template spec fields go before `containers` (line 17), spec fields after `replicas` (line 8). */
export function deployment(containerFields = '', templateSpecFields = '', specFields = ''): string {
  const indent = (block: string, spaces: number): string => (block === '' ? '' : `${block.split('\n').map((l) => ' '.repeat(spaces) + l).join('\n')}\n`);
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
spec:
  replicas: 2
${indent(specFields, 2)}  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
${indent(templateSpecFields, 6)}      containers:
        - name: web
          image: nginx:1.27
${indent(containerFields, 10)}`;
}

/** A CustomResourceDefinition for `widgets.example.com` (v1 served; v1beta1 defined but not served), then a Widget. */
export const WIDGET_CRD = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  scope: Namespaced
  names: {plural: widgets, singular: widget, kind: Widget, listKind: WidgetList}
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              required: [size]
              properties:
                size: {type: integer, minimum: 1}
                color: {type: string, enum: [red, green, blue]}
                port: {x-kubernetes-int-or-string: true}
                name: {type: string, pattern: '^[a-z]+$'}
                extra: {type: object, x-kubernetes-preserve-unknown-fields: true}
    - name: v1beta1
      served: false
      storage: false
      schema:
        openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}
---
`;

/** A Widget after WIDGET_CRD: its spec fields start at line 37 (column 3). */
export function widget(specFields: string, apiVersion = 'example.com/v1'): string {
  return `${WIDGET_CRD}apiVersion: ${apiVersion}
kind: Widget
metadata:
  name: small
spec:
${specFields.split('\n').map((l) => `  ${l}`).join('\n')}
`;
}
