import { containersOf, type ContainerList, type ContainerSite } from '../../model/containers.js';
import type { FieldPath } from '../../model/path.js';
import type { PodSpecSite, Resource } from '../../model/resource.js';
import { objectEntries, type PlainObject } from '../../model/values.js';

/** One `ports[j]` entry of a container, with the API server's defaults applied. */
export interface PortEntry {
  readonly container: ContainerSite;
  readonly index: number;
  readonly port: PlainObject;
  /** From the object root: `spec.containers[0].ports[1]`. */
  readonly path: FieldPath;
  /** `''` when absent (or not a string). */
  readonly name: string;
  /** 0 when absent; `undefined` when the value is not an integer (a decoding problem, not ours). */
  readonly containerPort: number | undefined;
  /** After the Pod-only hostNetwork defaulting; 0 when absent. */
  readonly hostPort: number | undefined;
  /** As written: 0 when absent. */
  readonly writtenHostPort: number | undefined;
  /** After defaulting (`TCP` when absent or empty); `undefined` when not a string. */
  readonly protocol: string | undefined;
  readonly hostIP: string;
}

/**
 * An int32 field: 0 when absent (the Go zero value), `undefined` when the decoder would refuse it
 * before validation (not an integer, or beyond 32 bits).
 */
export function intField(value: unknown): number | undefined {
  if (value === undefined || value === null) return 0;
  return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= 2147483647 ? value : undefined;
}

/** A string field: `''` when absent, `undefined` when it is not a string. */
export function stringField(value: unknown): string | undefined {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : undefined;
}

/**
 * `SetDefaults_Pod` copies containerPort into an unset hostPort when the Pod uses the host network,
 * for regular and init containers. Templates are not defaulted this way.
 */
export function hostNetworkDefaultsApply(site: PodSpecSite, resource: Resource): boolean {
  return resource.kind === 'Pod' && !site.isTemplate && site.spec.hostNetwork === true;
}

export function portEntriesOf(container: ContainerSite, defaultHostPorts: boolean): PortEntry[] {
  return objectEntries(container.container.ports).map(([index, port]) => {
    const containerPort = intField(port.containerPort);
    const writtenHostPort = intField(port.hostPort);
    const protocol = stringField(port.protocol);
    const defaulted = defaultHostPorts && container.list !== 'ephemeralContainers' && writtenHostPort === 0 ? containerPort : writtenHostPort;
    return {
      container,
      index,
      port,
      path: [...container.path, 'ports', index],
      name: stringField(port.name) ?? '',
      containerPort,
      hostPort: defaulted,
      writtenHostPort,
      protocol: protocol === '' ? 'TCP' : protocol,
      hostIP: stringField(port.hostIP) ?? '',
    };
  });
}

/** Every port of the pod, in the API server's visiting order (init, regular, ephemeral). */
export function podPorts(site: PodSpecSite, resource: Resource, lists?: readonly ContainerList[]): PortEntry[] {
  const defaults = hostNetworkDefaultsApply(site, resource);
  return containersOf(site, lists).flatMap((container) => portEntriesOf(container, defaults));
}

/** Containers that run beside the app for the pod's life and can serve traffic: regular ones and sidecars. */
export function servingContainers(site: PodSpecSite): ContainerSite[] {
  return containersOf(site, ['initContainers', 'containers']).filter((container) => container.list === 'containers' || container.isSidecar);
}

/** `spec.containers[0]` → `container "web"`, for messages. */
export function containerLabel(container: ContainerSite): string {
  const name = container.container.name;
  return typeof name === 'string' && name !== '' ? `${container.list === 'containers' ? 'container' : container.isSidecar ? 'sidecar' : container.list === 'initContainers' ? 'init container' : 'ephemeral container'} "${name}"` : `${container.list}[${container.index}]`;
}

/** The key the API server uses for host-port clashes (`AccumulateUniqueHostPorts`). */
export function hostPortKey(entry: PortEntry): string {
  return `${entry.protocol ?? ''}/${entry.hostIP}/${entry.hostPort ?? 0}`;
}
