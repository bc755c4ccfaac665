import type { RuleContext } from '../../../engine/rule.js';
import { withApiWarning } from '../../../model/api-warnings.js';
import { formatPath } from '../../../model/path.js';
import type { PodSpecSite, Resource } from '../../../model/resource.js';
import { podPorts, type PortEntry } from './port-entries.js';

export type DefinitionClash = 'duplicate' | 'overlapping' | 'ambiguous';

export interface PortDefinitionWarning {
  readonly clash: DefinitionClash;
  readonly entry: PortEntry;
  readonly other: PortEntry;
  /** The warning exactly as the API server sends it. */
  readonly text: string;
}

const WORDING: Readonly<Record<DefinitionClash, string>> = {
  duplicate: 'duplicate port definition',
  overlapping: 'overlapping port definition',
  ambiguous: 'dangerously ambiguous port definition',
};

/**
 * The API server's port warnings (`warningsForPodSpecAndMeta`): every port of every container list
 * is indexed by `<containerPort>/<protocol>` after defaulting and compared with the earlier ports of
 * the same key. The API server warns about every pair; podlint reports each later port once per kind
 * of clash, against the first earlier port it clashes with, so n copies of one port give n - 1
 * findings, not n²/2 (3,000 containers on one port once exhausted memory). Linear: per key, the
 * earlier ports are indexed by what each clash compares, not scanned.
 */
export function portDefinitionWarnings(site: PodSpecSite, resource: Resource): PortDefinitionWarning[] {
  const warnings: PortDefinitionWarning[] = [];
  const byKey = new Map<string, EarlierPorts>();
  const warn = (clash: DefinitionClash, entry: PortEntry, other: PortEntry | undefined): void => {
    if (other)
      warnings.push({
        clash,
        entry,
        other,
        text: `${formatPath(entry.path)}: ${WORDING[clash]} with ${formatPath(other.path)}`,
      });
  };
  for (const entry of podPorts(site, resource)) {
    if (entry.containerPort === undefined || entry.protocol === undefined || entry.hostPort === undefined) continue;
    const key = `${entry.containerPort}/${entry.protocol}`;
    const earlier = byKey.get(key);
    if (!earlier) {
      byKey.set(key, newEarlierPorts(entry));
      continue;
    }
    const binding = bindingKey(entry);
    warn('duplicate', entry, earlier.byBinding.get(binding));
    // Overlapping: either side has hostPort 0, and the two are not duplicates.
    if (entry.hostPort === 0)
      warn('overlapping', entry, bindingKey(earlier.first) !== binding ? earlier.first : earlier.firstOtherBinding);
    else warn('overlapping', entry, earlier.firstWithoutHostPort);
    // Ambiguous: the same non-zero hostPort, one hostIP empty and the other not.
    if (entry.hostPort !== 0)
      warn('ambiguous', entry, earlier.byHostPortAndEmptyIP.get(`${entry.hostPort}/${entry.hostIP !== ''}`));
    remember(earlier, entry);
  }
  return warnings;
}

/** The earlier ports of one `<containerPort>/<protocol>` key, indexed by what each clash compares. */
interface EarlierPorts {
  readonly first: PortEntry;
  /** The first whose hostIP and hostPort differ from `first`'s. */
  firstOtherBinding: PortEntry | undefined;
  firstWithoutHostPort: PortEntry | undefined;
  /** The first per hostIP and hostPort. */
  readonly byBinding: Map<string, PortEntry>;
  /** The first per non-zero hostPort and whether its hostIP is empty. */
  readonly byHostPortAndEmptyIP: Map<string, PortEntry>;
}

function newEarlierPorts(entry: PortEntry): EarlierPorts {
  const earlier: EarlierPorts = {
    first: entry,
    firstOtherBinding: undefined,
    firstWithoutHostPort: undefined,
    byBinding: new Map(),
    byHostPortAndEmptyIP: new Map(),
  };
  remember(earlier, entry);
  return earlier;
}

function remember(earlier: EarlierPorts, entry: PortEntry): void {
  const binding = bindingKey(entry);
  if (!earlier.byBinding.has(binding)) earlier.byBinding.set(binding, entry);
  if (!earlier.firstOtherBinding && binding !== bindingKey(earlier.first)) earlier.firstOtherBinding = entry;
  if (entry.hostPort === 0) earlier.firstWithoutHostPort ??= entry;
  else {
    const ambiguity = `${entry.hostPort}/${entry.hostIP === ''}`;
    if (!earlier.byHostPortAndEmptyIP.has(ambiguity)) earlier.byHostPortAndEmptyIP.set(ambiguity, entry);
  }
}

function bindingKey(entry: PortEntry): string {
  return `${entry.hostIP}\u0000${entry.hostPort ?? 0}`;
}

/** The messages of the three port-definition rules: the API server's warning, then why it matters. */
export const PORT_DEFINITION_MESSAGES = {
  portDefinitionWarning: '{{warning}}',
} as const;

/**
 * The visitor of the three port-definition rules: each reports the warnings of one clash, at the
 * later port, quoting the API server's warning and explaining it.
 */
export function reportPortDefinitionWarnings(
  context: RuleContext,
  clash: DefinitionClash,
  explain: (warning: PortDefinitionWarning) => string,
): (site: PodSpecSite, resource: Resource) => void {
  return (site, resource) => {
    for (const warning of portDefinitionWarnings(site, resource)) {
      if (warning.clash !== clash) continue;
      context.report({
        resource,
        path: warning.entry.path,
        messageId: 'portDefinitionWarning',
        data: { warning: withApiWarning(warning.text, explain(warning)) },
        related: [{ path: warning.other.path, message: `the earlier definition (${formatPath(warning.other.path)})` }],
      });
    }
  };
}

/** Go's `%+v` of the internal ContainerPort struct, as the hostIP warning prints it. */
export function goPortStruct(entry: PortEntry): string {
  return `{Name:${entry.name} HostPort:${entry.hostPort ?? 0} ContainerPort:${entry.containerPort ?? 0} Protocol:${entry.protocol ?? ''} HostIP:${entry.hostIP}}`;
}
