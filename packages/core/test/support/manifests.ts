/**
 * Complete manifests for rule tests, built around a pod spec written without indentation: the
 * builders add apiVersion, kind, metadata, the selector and labels the API server requires, and
 * indent the pod spec to where the kind keeps it. Every builder ends the text with a newline.
 *
 * Where the pod spec starts (its first line, at the column after the indentation):
 *   pod                          line 6, column 3 (line 7 with labels)
 *   podTemplate                  line 7, column 5
 *   deployment, daemonSet, …     line 12, column 7, after one line per line of `fields`
 *   job                          line 8, column 7, after one line per line of `fields`
 *   cronJob                      line 11, column 11, after one line per line of `fields`
 */

/** Indents each non-empty line of `block`; a final newline is dropped, so the result can be placed on lines of its own. */
export function indent(block: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return block
    .split('\n')
    .filter((line, i, lines) => line !== '' || i < lines.length - 1)
    .map((line) => (line === '' ? line : pad + line))
    .join('\n');
}

/** `block` indented, on lines of its own; nothing for an empty block. */
function lines(block: string, spaces: number): string {
  return block === '' ? '' : `${indent(block, spaces)}\n`;
}

/** Pieces of YAML, each on lines of its own: empty pieces are left out and a piece's final newline is dropped. */
export function blocks(...pieces: string[]): string {
  return pieces
    .filter((piece) => piece !== '')
    .map((piece) => (piece.endsWith('\n') ? piece.slice(0, -1) : piece))
    .join('\n');
}

/** `containers:` with one container, `web` running nginx, and `fields` (unindented) under it. */
export function webContainer(fields = ''): string {
  return blocks('containers:\n  - name: web\n    image: nginx:1.27', indent(fields, 4));
}

/** Several documents as one YAML stream. */
export function stream(...documents: string[]): string {
  return documents.join('---\n');
}

export interface PodOptions {
  /** `metadata.name`; `web` by default. */
  name?: string;
  /** `metadata.labels` as a flow mapping such as `{app: web}`; none by default. */
  labels?: string;
}

export function pod(spec: string, options: PodOptions = {}): string {
  return `apiVersion: v1
kind: Pod
metadata:
  name: ${options.name ?? 'web'}
${options.labels === undefined ? '' : `  labels: ${options.labels}\n`}spec:
${lines(spec, 2)}`;
}

/** A Pod with the web container and its own spec.resources (1.34+): `resources` (unindented) from line 7. */
export function podWithPodLevelResources(resources: string): string {
  return pod(blocks(`resources:\n${indent(resources, 2)}`, webContainer()));
}

export function podTemplate(spec: string, options: { name?: string } = {}): string {
  return `apiVersion: v1
kind: PodTemplate
metadata:
  name: ${options.name ?? 'web'}
template:
  spec:
${lines(spec, 4)}`;
}

export interface WorkloadOptions {
  /** `metadata.name`, also the `app` label the selector and the template use; `web` by default. */
  name?: string;
  /** The template's labels as a flow mapping; `{app: <name>}` by default. */
  labels?: string;
  /** Fields of the workload's own spec (`replicas: 3`, `serviceName: db`), written before the selector. */
  fields?: string;
}

type AppsKind = 'Deployment' | 'StatefulSet' | 'DaemonSet' | 'ReplicaSet';

/** A workload of the apps group whose `spec.selector.matchLabels` selects its template's `app` label. */
export function appsWorkload(kind: AppsKind, spec: string, options: WorkloadOptions = {}): string {
  const name = options.name ?? 'web';
  return `apiVersion: apps/v1
kind: ${kind}
metadata:
  name: ${name}
spec:
${lines(options.fields ?? '', 2)}  selector:
    matchLabels: {app: ${name}}
  template:
    metadata:
      labels: ${options.labels ?? `{app: ${name}}`}
    spec:
${lines(spec, 6)}`;
}

export function deployment(spec: string, options: WorkloadOptions = {}): string {
  return appsWorkload('Deployment', spec, options);
}

/** A StatefulSet needs a serviceName: `serviceName: <name>` unless `fields` is given. */
export function statefulSet(spec: string, options: WorkloadOptions = {}): string {
  return appsWorkload('StatefulSet', spec, {
    ...options,
    fields: options.fields ?? `serviceName: ${options.name ?? 'web'}`,
  });
}

export function daemonSet(spec: string, options: WorkloadOptions = {}): string {
  return appsWorkload('DaemonSet', spec, options);
}

export function replicationController(spec: string, options: WorkloadOptions = {}): string {
  const name = options.name ?? 'web';
  return `apiVersion: v1
kind: ReplicationController
metadata:
  name: ${name}
spec:
${lines(options.fields ?? '', 2)}  selector: {app: ${name}}
  template:
    metadata:
      labels: ${options.labels ?? `{app: ${name}}`}
    spec:
${lines(spec, 6)}`;
}

export interface JobOptions {
  /** `metadata.name`; `web` by default. */
  name?: string;
  /** Fields of the Job spec (`backoffLimit: 2`, `podFailurePolicy: …`), written before the template. */
  fields?: string;
}

export function job(spec: string, options: JobOptions = {}): string {
  return `apiVersion: batch/v1
kind: Job
metadata:
  name: ${options.name ?? 'web'}
spec:
${lines(options.fields ?? '', 2)}  template:
    spec:
${lines(spec, 6)}`;
}

/** A CronJob; `fields` go into the Job spec of its jobTemplate. */
export function cronJob(spec: string, options: JobOptions & { schedule?: string } = {}): string {
  return `apiVersion: batch/v1
kind: CronJob
metadata:
  name: ${options.name ?? 'web'}
spec:
  schedule: "${options.schedule ?? '0 2 * * *'}"
  jobTemplate:
    spec:
${lines(options.fields ?? '', 6)}      template:
        spec:
${lines(spec, 10)}`;
}

export function service(spec: string, options: { name?: string } = {}): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: ${options.name ?? 'web'}
spec:
${lines(spec, 2)}`;
}
