import { blocks, deployment as deploymentOf, indent, pod as podOf, webContainer } from '../../testing/manifests.js';

/**
 * Manifests for the probe rule tests: the container fields are written without indentation and
 * placed under the first container, `web`; pod spec fields go before `containers`.
 */
function podSpec(containerFields: string, specFields: string, extraContainers = ''): string {
  return blocks(specFields, webContainer(containerFields), indent(extraContainers, 2));
}

/** Pod `web`: line 9 (column 7) holds the first container field, when there are no spec fields. */
export function pod(containerFields: string, specFields = '', extraContainers = ''): string {
  return podOf(podSpec(containerFields, specFields, extraContainers));
}

/** Deployment `web`: line 15 (column 11) holds the first container field, when there are no spec fields. */
export function deployment(containerFields: string, specFields = ''): string {
  return deploymentOf(podSpec(containerFields, specFields));
}
