import { servingContainers } from '../../../model/containers.js';
import type { FieldPath } from '../../../model/path.js';
import { isValidPortName, isValidPortNumber } from '../../../model/ports.js';
import type { PodSpecSite, Resource } from '../../../model/resource.js';
import type { ServiceIndex } from '../../../model/selectors.js';
import { asObject, objectEntries } from '../../../model/values.js';
import { portEntriesOf, PROTOCOLS, type PortEntry } from './port-entries.js';

/** One Service port aimed at the pods of one workload (or bare Pod) of the input. */
export interface ServiceTarget {
  readonly service: Resource;
  /** `spec.ports[k].targetPort` of the Service (located at the port entry when absent). */
  readonly path: FieldPath;
  /** The Service port's own label for messages: `port 80 ("http")`. */
  readonly label: string;
  /** After Service defaulting (`targetPort` = `port` when absent or 0). */
  readonly targetName: string | undefined;
  readonly targetNumber: number | undefined;
  /** The Service port has no targetPort: it defaults to `port`. */
  readonly targetDefaulted: boolean;
  readonly protocol: string;
  readonly workload: Resource;
  readonly site: PodSpecSite;
  /** Ports of the regular containers and sidecars: the ones the EndpointSlice controller looks at. */
  readonly podPorts: readonly PortEntry[];
}

/** Found once per input for the rules that each check them, with the run's Service index they come from. */
const targetsByInput = new WeakMap<readonly Resource[], { serviceIndex: ServiceIndex; targets: ServiceTarget[] }>();

export function serviceTargets(resources: readonly Resource[], serviceIndex: ServiceIndex): readonly ServiceTarget[] {
  const known = targetsByInput.get(resources);
  if (known?.serviceIndex === serviceIndex) return known.targets;
  const targets = findServiceTargets(resources, serviceIndex);
  targetsByInput.set(resources, { serviceIndex, targets });
  return targets;
}

function findServiceTargets(resources: readonly Resource[], serviceIndex: ServiceIndex): ServiceTarget[] {
  const out: ServiceTarget[] = [];
  for (const workload of resources) {
    for (const site of workload.podSpecs) {
      const services = serviceIndex.selecting(workload, site);
      if (services.length === 0) continue;
      const podPorts = servingContainers(site).flatMap((container) => portEntriesOf(container, false));
      for (const service of services) {
        for (const [index, port] of objectEntries(asObject(service.object.spec)?.ports)) {
          const target = defaultedTarget(port);
          const protocol = typeof port.protocol === 'string' && port.protocol !== '' ? port.protocol : 'TCP';
          // A Service port the API server refuses (`protocol: HTTP`) is an error of the Service, not a mismatch.
          if (!target || !isSupportedProtocol(protocol)) continue;
          const name = typeof port.name === 'string' && port.name !== '' ? ` ("${port.name}")` : '';
          out.push({
            service,
            path: ['spec', 'ports', index, 'targetPort'],
            label: `port ${typeof port.port === 'number' ? port.port : '?'}${name}`,
            ...target,
            protocol,
            workload,
            site,
            podPorts,
          });
        }
      }
    }
  }
  return out;
}

function defaultedTarget(
  port: Record<string, unknown>,
): Pick<ServiceTarget, 'targetName' | 'targetNumber' | 'targetDefaulted'> | undefined {
  const targetDefaulted =
    port.targetPort === undefined || port.targetPort === null || port.targetPort === 0 || port.targetPort === '';
  const raw = targetDefaulted ? port.port : port.targetPort;
  if (isValidPortNumber(raw)) return { targetName: undefined, targetNumber: raw, targetDefaulted };
  // Invalid names are refused by the Service's own validation; nothing to resolve.
  if (isValidPortName(raw)) return { targetName: raw, targetNumber: undefined, targetDefaulted };
  return undefined;
}

/** A port whose protocol the API server refuses: the pod cannot exist, so comparing with it only echoes that error. */
export function hasRefusedProtocol(entry: PortEntry): boolean {
  return entry.protocol === undefined || !isSupportedProtocol(entry.protocol);
}

function isSupportedProtocol(protocol: string): boolean {
  return (PROTOCOLS as readonly string[]).includes(protocol);
}

export function workloadLabel(target: ServiceTarget): string {
  return `${target.workload.kind} "${target.workload.name ?? '?'}"`;
}
