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
 * is indexed by `<containerPort>/<protocol>` after defaulting and compared with each earlier port of
 * the same key; each pair yields at most one warning.
 */
export function portDefinitionWarnings(site: PodSpecSite, resource: Resource): PortDefinitionWarning[] {
  const warnings: PortDefinitionWarning[] = [];
  const byKey = new Map<string, PortEntry[]>();
  for (const entry of podPorts(site, resource)) {
    if (entry.containerPort === undefined || entry.protocol === undefined || entry.hostPort === undefined) continue;
    const key = `${entry.containerPort}/${entry.protocol}`;
    const earlier = byKey.get(key) ?? [];
    for (const other of earlier) {
      const clash = classify(entry, other);
      if (clash) warnings.push({ clash, entry, other, text: `${formatPath(entry.path)}: ${WORDING[clash]} with ${formatPath(other.path)}` });
    }
    byKey.set(key, [...earlier, entry]);
  }
  return warnings;
}

function classify(entry: PortEntry, other: PortEntry): DefinitionClash | undefined {
  if (entry.hostIP === other.hostIP && entry.hostPort === other.hostPort) return 'duplicate';
  if (entry.hostPort === 0 || other.hostPort === 0) return 'overlapping';
  const emptyA = entry.hostIP === '';
  const emptyB = other.hostIP === '';
  if (entry.hostPort === other.hostPort && emptyA !== emptyB) return 'ambiguous';
  return undefined;
}

/** The messages of the three port-definition rules: the API server's warning, then why it matters. */
export const PORT_DEFINITION_MESSAGES = {
  portDefinitionWarning: '{{warning}}',
} as const;

/**
 * The visitor of the three port-definition rules: each reports the warnings of one clash, at the
 * later port, quoting the API server's warning and explaining it.
 */
export function reportPortDefinitionWarnings(context: RuleContext, clash: DefinitionClash, explain: (warning: PortDefinitionWarning) => string): (site: PodSpecSite, resource: Resource) => void {
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
