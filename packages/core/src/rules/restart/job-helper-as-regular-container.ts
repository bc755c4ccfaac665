import { defineRule } from '../../engine/rule.js';
import { type ContainerSite, containersOf, describeContainer } from '../../model/containers.js';
import { asArray, asObject } from '../../model/values.js';
import { templateOwner } from '../../model/workloads.js';

/** Names of well-known long-running helpers (proxies, agents, log shippers). */
const HELPER_NAME =
  /(^|-)(proxy|sidecar|agent|envoy|istio-proxy|linkerd-proxy|cloud-sql-proxy|cloudsql-proxy|vault-agent|fluentd|fluent-bit|exporter|otel-collector|collector)($|-)/;

function helperEvidence(container: ContainerSite): string | undefined {
  const name = typeof container.container.name === 'string' ? container.container.name : '';
  if (HELPER_NAME.test(name)) return 'its name is that of a long-running helper';
  if (asObject(container.container.readinessProbe)) return 'it has a readiness probe';
  if (asArray(container.container.ports).length > 0) return 'it declares ports';
  return undefined;
}

export default defineRule({
  meta: {
    id: 'restart/job-helper-as-regular-container',
    severity: 'info',
    origin: 'pitfall',
    description: 'A Job runs a long-running helper (proxy, agent) as a regular container, so the Job never completes.',
    fixable: false,
    source: 'Kubernetes docs, Sidecar containers ("Jobs with sidecar containers")',
    messages: {
      jobHelperAsRegularContainer:
        '{{container}} looks like a long-running helper ({{evidence}}); as a regular container it keeps the pod running after the work is done, so the {{kind}} never completes: move it to initContainers with restartPolicy: Always (a native sidecar, stopped when the main containers finish)',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        if (templateOwner(site, resource) !== 'job') return;
        const containers = containersOf(site, ['containers']);
        if (containers.length < 2) return;
        const helpers = containers.map((container) => ({ container, evidence: helperEvidence(container) }));
        // Only when some container looks like the main task: otherwise nothing tells helper from work.
        if (helpers.every((entry) => entry.evidence !== undefined)) return;
        for (const { container, evidence } of helpers) {
          if (!evidence) continue;
          context.report({
            resource,
            path: [...container.path, 'name'],
            messageId: 'jobHelperAsRegularContainer',
            data: { container: describeContainer(container), evidence, kind: resource.kind },
          });
        }
      },
    };
  },
});
