import type { ContainerSite } from '../../model/containers.js';
import type { FieldPath } from '../../model/path.js';
import type { PodSpecSite } from '../../model/resource.js';
import { asObject } from '../../model/values.js';
import { portEntriesOf, servingContainers, type PortEntry } from './port-entries.js';
import { portNameProblems } from './port-name.js';

export const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const PROBE_HANDLERS = ['httpGet', 'tcpSocket', 'grpc'] as const;
const LIFECYCLE_HOOKS = ['postStart', 'preStop'] as const;

/** A `port` of a probe or lifecycle handler, as written. */
export interface HandlerPort {
  readonly container: ContainerSite;
  /** From the object root: `spec.containers[0].livenessProbe.httpGet.port`. */
  readonly path: FieldPath;
  /** `livenessProbe`, `lifecycle.preStop`, … */
  readonly owner: string;
  readonly handler: (typeof PROBE_HANDLERS)[number];
  /** A valid IANA name, or a number; `undefined` for anything the API server would refuse anyway. */
  readonly name: string | undefined;
  readonly number: number | undefined;
}

function handlerPort(container: ContainerSite, owner: FieldPath, handler: (typeof PROBE_HANDLERS)[number], raw: unknown): HandlerPort | undefined {
  const ownerText = owner.join('.');
  const path = [...container.path, ...owner, handler, 'port'];
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 1 && raw <= 65535) return { container, path, owner: ownerText, handler, name: undefined, number: raw };
  // Malformed ports (0, out of range, invalid names) are errors of the probes area; nothing to resolve.
  if (typeof raw === 'string' && raw !== '' && portNameProblems(raw).length === 0) return { container, path, owner: ownerText, handler, name: raw, number: undefined };
  return undefined;
}

/** Ports of the probes of a regular container or sidecar (other containers may not have probes). */
export function probePorts(container: ContainerSite): HandlerPort[] {
  const out: HandlerPort[] = [];
  for (const probe of PROBES) {
    const spec = asObject(container.container[probe]);
    if (!spec) continue;
    for (const handler of PROBE_HANDLERS) {
      const action = asObject(spec[handler]);
      if (!action) continue;
      const port = handlerPort(container, [probe], handler, action.port);
      if (port) out.push(port);
    }
  }
  return out;
}

/** Ports of `lifecycle.postStart` / `lifecycle.preStop` httpGet handlers. */
export function lifecyclePorts(container: ContainerSite): HandlerPort[] {
  const out: HandlerPort[] = [];
  const lifecycle = asObject(container.container.lifecycle);
  for (const hook of LIFECYCLE_HOOKS) {
    const httpGet = asObject(asObject(lifecycle?.[hook])?.httpGet);
    if (!httpGet) continue;
    const port = handlerPort(container, ['lifecycle', hook], 'httpGet', httpGet.port);
    if (port) out.push(port);
  }
  return out;
}

/** The serving containers of the pod with their ports, for "who declares this port" questions. */
export interface PodPortIndex {
  readonly containers: ContainerSite[];
  readonly ports: PortEntry[];
  own(container: ContainerSite): PortEntry[];
  others(container: ContainerSite): PortEntry[];
}

export function podPortIndex(site: PodSpecSite): PodPortIndex {
  const containers = servingContainers(site);
  const ports = containers.flatMap((container) => portEntriesOf(container, false));
  const same = (a: ContainerSite, b: ContainerSite): boolean => a.list === b.list && a.index === b.index;
  return {
    containers,
    ports,
    own: (container) => ports.filter((entry) => same(entry.container, container)),
    others: (container) => ports.filter((entry) => !same(entry.container, container)),
  };
}

export function matches(port: HandlerPort, entry: PortEntry): boolean {
  return port.name !== undefined ? entry.name === port.name : entry.containerPort === port.number;
}
