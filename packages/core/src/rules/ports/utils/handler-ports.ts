import { describeContainer, servingContainers, type ContainerSite } from '../../../model/containers.js';
import type { FieldPath } from '../../../model/path.js';
import { isValidPortName, isValidPortNumber } from '../../../model/ports.js';
import { handlersOf } from '../../../model/probes.js';
import type { PodSpecSite } from '../../../model/resource.js';
import { asObject } from '../../../model/values.js';
import { memoized } from '../../../util/memo.js';
import { portEntriesOf, type PortEntry } from './port-entries.js';

/** The handlers that name a port; `exec` and `sleep` do not, and lifecycle hooks only resolve httpGet ports. */
const PORT_HANDLERS = ['httpGet', 'tcpSocket', 'grpc'] as const;

/** A `port` of a probe or lifecycle handler, as written. */
export interface HandlerPort {
  readonly container: ContainerSite;
  /** From the object root: `spec.containers[0].livenessProbe.httpGet.port`. */
  readonly path: FieldPath;
  /** `livenessProbe`, `lifecycle.preStop`, … */
  readonly owner: string;
  readonly isHook: boolean;
  /** A valid IANA name, or a number; `undefined` for anything the API server would refuse anyway. */
  readonly name: string | undefined;
  readonly number: number | undefined;
}

/**
 * Ports of the probes and lifecycle httpGet handlers of one container. Malformed ports (0, out of
 * range, invalid names) are errors of the probes area: there is nothing to resolve.
 */
function handlerPortsOf(container: ContainerSite): HandlerPort[] {
  const out: HandlerPort[] = [];
  for (const site of handlersOf(container)) {
    for (const handler of site.isHook ? (['httpGet'] as const) : PORT_HANDLERS) {
      const raw = asObject(site.handler[handler])?.port;
      const common = {
        container,
        path: [...site.path, handler, 'port'],
        owner: site.isHook ? `lifecycle.${site.kind}` : site.kind,
        isHook: site.isHook,
      };
      if (isValidPortNumber(raw)) out.push({ ...common, name: undefined, number: raw });
      else if (isValidPortName(raw)) out.push({ ...common, name: raw, number: undefined });
    }
  }
  return out;
}

function matches(port: HandlerPort, entry: PortEntry): boolean {
  return port.name !== undefined ? entry.name === port.name : entry.containerPort === port.number;
}

/** A handler port of a serving container, with the ports that could answer it. */
export interface ResolvedHandlerPort {
  readonly port: HandlerPort;
  readonly container: ContainerSite;
  /** The ports the container itself declares. */
  readonly own: readonly PortEntry[];
  /** The container declares the port (by name or number). */
  readonly declared: boolean;
  /** Another serving container that declares it, when this one does not. */
  readonly elsewhere: PortEntry | undefined;
}

/**
 * Every port that the probes (or lifecycle hooks) of the pod's serving containers name, resolved
 * the kubelet's way against the ports the containers declare.
 */
export function resolvedHandlerPorts(site: PodSpecSite, kind: 'probes' | 'hooks'): readonly ResolvedHandlerPort[] {
  return resolvedBySite(site)[kind];
}

/** Resolved once per pod spec for the rules of both kinds. */
const resolvedBySite = memoized((site: PodSpecSite): Record<'probes' | 'hooks', ResolvedHandlerPort[]> => {
  const resolved = resolveHandlerPorts(site);
  return { probes: resolved.filter(({ port }) => !port.isHook), hooks: resolved.filter(({ port }) => port.isHook) };
});

function resolveHandlerPorts(site: PodSpecSite): ResolvedHandlerPort[] {
  const containers = servingContainers(site);
  const ports = containers.flatMap((container) => portEntriesOf(container, false));
  const isOwn = (entry: PortEntry, container: ContainerSite): boolean =>
    entry.container.list === container.list && entry.container.index === container.index;
  return containers.flatMap((container) => {
    const own = ports.filter((entry) => isOwn(entry, container));
    return handlerPortsOf(container).map((port) => {
      const declared = own.some((entry) => matches(port, entry));
      const elsewhere = declared ? undefined : ports.find((entry) => !isOwn(entry, container) && matches(port, entry));
      return { port, container, own, declared, elsewhere };
    });
  });
}

/** `the livenessProbe of container "web"`, for messages. */
export function describeHandlerPort(resolved: ResolvedHandlerPort): string {
  return `the ${resolved.port.owner} of ${describeContainer(resolved.container)}`;
}
