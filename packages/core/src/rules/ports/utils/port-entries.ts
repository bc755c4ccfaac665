import type { FixIntent } from '../../../engine/rule.js';
import { containersOf, type ContainerList, type ContainerSite } from '../../../model/containers.js';
import type { FieldPath } from '../../../model/path.js';
import type { PodSpecSite, Resource } from '../../../model/resource.js';
import { goString, objectEntries, type PlainObject } from '../../../model/values.js';
import { memoized } from '../../../util/memo.js';

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

/** The protocols the API server accepts on container and Service ports. */
export const PROTOCOLS = ['SCTP', 'TCP', 'UDP'] as const;

/**
 * An int32 field: 0 when absent (the Go zero value), `undefined` when the decoder would refuse it
 * before validation (not an integer, or beyond 32 bits).
 */
export function intField(value: unknown): number | undefined {
  if (value === undefined || value === null) return 0;
  return typeof value === 'number' && Number.isInteger(value) && value >= -2147483648 && value <= 2147483647
    ? value
    : undefined;
}

/**
 * `SetDefaults_Pod` copies containerPort into an unset hostPort when the Pod uses the host network,
 * for regular and init containers. Templates are not defaulted this way.
 */
export function hostNetworkDefaultsApply(site: PodSpecSite, resource: Resource): boolean {
  return resource.kind === 'Pod' && !site.isTemplate && site.spec.hostNetwork === true;
}

/** The ports of one container, with and without the host-network defaulting: a dozen rules ask for them. */
const writtenEntries = memoized((container: ContainerSite) => entriesOf(container, false));
const defaultedEntries = memoized((container: ContainerSite) => entriesOf(container, true));

export function portEntriesOf(container: ContainerSite, defaultHostPorts: boolean): readonly PortEntry[] {
  return defaultHostPorts ? defaultedEntries(container) : writtenEntries(container);
}

function entriesOf(container: ContainerSite, defaultHostPorts: boolean): PortEntry[] {
  return objectEntries(container.container.ports).map(([index, port]) => {
    const containerPort = intField(port.containerPort);
    const writtenHostPort = intField(port.hostPort);
    const protocol = goString(port.protocol);
    const defaulted =
      defaultHostPorts && container.list !== 'ephemeralContainers' && writtenHostPort === 0
        ? containerPort
        : writtenHostPort;
    return {
      container,
      index,
      port,
      path: [...container.path, 'ports', index],
      name: goString(port.name) ?? '',
      containerPort,
      hostPort: defaulted,
      writtenHostPort,
      protocol: protocol === '' ? 'TCP' : protocol,
      hostIP: goString(port.hostIP) ?? '',
    };
  });
}

/** Every port of the pod, in the API server's visiting order (init, regular, ephemeral). */
export function podPorts(
  site: PodSpecSite,
  resource: Resource,
  lists?: readonly ContainerList[],
): readonly PortEntry[] {
  if (!lists) return allPodPorts(site, resource);
  const defaults = hostNetworkDefaultsApply(site, resource);
  return containersOf(site, lists).flatMap((container) => portEntriesOf(container, defaults));
}

/** Collected once per pod spec (a site belongs to one resource) for the rules that ask for all of them. */
const podPortsBySite = new WeakMap<PodSpecSite, readonly PortEntry[]>();

function allPodPorts(site: PodSpecSite, resource: Resource): readonly PortEntry[] {
  let ports = podPortsBySite.get(site);
  if (!ports) {
    const defaults = hostNetworkDefaultsApply(site, resource);
    ports = containersOf(site).flatMap((container) => portEntriesOf(container, defaults));
    podPortsBySite.set(site, ports);
  }
  return ports;
}

/** Ports as written (no host-network defaulting), for checks of the values themselves. */
export function writtenPorts(site: PodSpecSite, lists?: readonly ContainerList[]): readonly PortEntry[] {
  return lists
    ? containersOf(site, lists).flatMap((container) => portEntriesOf(container, false))
    : allWrittenPorts(site);
}

const allWrittenPorts = memoized((site: PodSpecSite) =>
  containersOf(site).flatMap((container) => portEntriesOf(container, false)),
);

/** A port that binds a host port: a hostPort (after defaulting) and a protocol the decoder reads. */
export function bindsHostPort(entry: PortEntry): boolean {
  return entry.hostPort !== undefined && entry.hostPort !== 0 && entry.protocol !== undefined;
}

/** The key the API server uses for host-port clashes (`AccumulateUniqueHostPorts`). */
export function hostPortKey(entry: PortEntry): string {
  return `${entry.protocol ?? ''}/${entry.hostIP}/${entry.hostPort ?? 0}`;
}

/** `hostPort 80/TCP on 10.0.0.1`, for messages. */
export function describeHostBinding(entry: PortEntry): string {
  return `hostPort ${entry.hostPort ?? 0}/${entry.protocol ?? ''}${entry.hostIP ? ` on ${entry.hostIP}` : ''}`;
}

/**
 * Host ports bound a second time within `entries` (`checkHostPortConflicts`), each with the
 * hostPort path of the first binding of the same key.
 */
export function repeatedHostPorts(
  entries: readonly PortEntry[],
): Array<{ entry: PortEntry; key: string; first: FieldPath }> {
  const firstByKey = new Map<string, FieldPath>();
  const repeated: Array<{ entry: PortEntry; key: string; first: FieldPath }> = [];
  for (const entry of entries) {
    if (!bindsHostPort(entry)) continue;
    const key = hostPortKey(entry);
    const first = firstByKey.get(key);
    if (first) repeated.push({ entry, key, first });
    else firstByKey.set(key, [...entry.path, 'hostPort']);
  }
  return repeated;
}

/**
 * With `hostNetwork: true` there is no port mapping: ports of `list` whose written hostPort differs
 * from the containerPort the process really binds, with the fix that sets it to that port.
 */
export function hostNetworkMismatches(
  site: PodSpecSite,
  resource: Resource,
  list: 'containers' | 'initContainers',
): Array<{ entry: PortEntry; hostPort: number; containerPort: number; path: FieldPath; fix: FixIntent | undefined }> {
  if (site.spec.hostNetwork !== true) return [];
  return podPorts(site, resource, [list]).flatMap((entry) => {
    const { writtenHostPort: hostPort, containerPort } = entry;
    if (hostPort === undefined || containerPort === undefined || hostPort === 0 || hostPort === containerPort)
      return [];
    const path = [...entry.path, 'hostPort'];
    const fix =
      containerPort > 0
        ? { description: `Set hostPort to ${containerPort}`, replaceValues: [{ path, value: containerPort }] }
        : undefined;
    return [{ entry, hostPort, containerPort, path, fix }];
  });
}
