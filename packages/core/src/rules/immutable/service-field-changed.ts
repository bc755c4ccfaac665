import { defineRule } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import { asArray, asObject, asString, type PlainObject } from '../../model/values.js';
import { change } from '../../update/update-view.js';
import { IMMUTABLE_MESSAGES, isUpdateOf, report } from './utils/report.js';

const WAY_OUT =
  'remove the field from the manifest to keep the allocated value, or delete and re-create the Service (`kubectl replace --force -f <file>`; clients caching the old IP and cloud load balancers are recreated)';

export default defineRule({
  meta: {
    id: 'immutable/service-field-changed',
    severity: 'error',
    origin: 'api-error',
    description:
      "A Service's cluster IP, primary IP family, load-balancer class and health-check node port may not change.",
    fixable: false,
    messages: IMMUTABLE_MESSAGES,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateServiceUpdate' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateUpgradeDowngradeClusterIPs' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateUpgradeDowngradeIPFamilies' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateLoadBalancerClassField' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateServiceExternalTrafficFieldsUpdate' },
    ],
  },
  create(context) {
    return {
      update(pair) {
        if (!isUpdateOf(pair, 'Service', [''])) return;
        const view = context.updateView(pair);
        const oldSpec = asObject(view.old.spec) ?? {};
        const newSpec = asObject(view.next.spec) ?? {};
        const written = asObject(pair.new.object.spec) ?? {};
        if (oldSpec.type !== 'ExternalName' && newSpec.type !== 'ExternalName') {
          checkClusterIPs(oldSpec, newSpec, written, view.live, (path, message) =>
            report(context, pair.new, path, message),
          );
          checkPrimaryFamily(oldSpec, newSpec, (path, message) => report(context, pair.new, path, message));
        }
        if (
          oldSpec.type === 'LoadBalancer' &&
          newSpec.type === 'LoadBalancer' &&
          oldSpec.loadBalancerClass !== newSpec.loadBalancerClass
        ) {
          report(
            context,
            pair.new,
            ['spec', 'loadBalancerClass'],
            `spec.loadBalancerClass changes ${change(oldSpec.loadBalancerClass, newSpec.loadBalancerClass)}, but the class of a LoadBalancer Service is chosen once, when the load balancer is provisioned (the API server refuses: may not change once set); keep it, or delete and re-create the Service (the cloud load balancer is recreated)`,
          );
        }
        const needsHealthCheck = (spec: PlainObject): boolean =>
          spec.type === 'LoadBalancer' && spec.externalTrafficPolicy === 'Local';
        const oldPort = oldSpec.healthCheckNodePort;
        const newPort = newSpec.healthCheckNodePort;
        if (
          needsHealthCheck(oldSpec) &&
          needsHealthCheck(newSpec) &&
          oldPort !== undefined &&
          newPort !== undefined &&
          oldPort !== newPort
        ) {
          report(
            context,
            pair.new,
            ['spec', 'healthCheckNodePort'],
            `spec.healthCheckNodePort changes ${change(oldPort, newPort)}, but the health-check node port of a LoadBalancer Service with externalTrafficPolicy: Local is fixed while it needs one (the API server refuses: field is immutable); ${WAY_OUT}`,
          );
        }
      },
    };
  },
});

type Reporter = (path: FieldPath, message: string) => void;

function ipsOf(spec: PlainObject): string[] {
  const plural = asArray(spec.clusterIPs).filter((ip): ip is string => typeof ip === 'string' && ip !== '');
  if (plural.length > 0) return plural;
  const single = asString(spec.clusterIP);
  return single ? [single] : [];
}

/**
 * The cluster IPs the API server validates: what the REST layer makes of the manifest's clusterIP
 * and clusterIPs (patchAllocatedValues keeps allocated IPs the manifest leaves out;
 * normalizeClusterIPs follows a changed clusterIP when clusterIPs was left as it was).
 */
function normalizedIPs(oldSpec: PlainObject, newSpec: PlainObject): string[] {
  const strings = (value: unknown): string[] =>
    asArray(value).filter((ip): ip is string => typeof ip === 'string' && ip !== '');
  const oldPlural = ipsOf(oldSpec);
  const single = asString(newSpec.clusterIP) ?? '';
  let plural = strings(newSpec.clusterIPs);
  if (single === '' && plural.length === 0) return oldPlural;
  if (plural.length === 0 && single === (asString(oldSpec.clusterIP) ?? '')) plural = oldPlural;
  const samePlural = plural.length === oldPlural.length && plural.every((ip, i) => ip === oldPlural[i]);
  if (single !== '' && single !== oldSpec.clusterIP && samePlural) plural = [single];
  return plural.length === 0 && single !== '' ? [single] : plural;
}

/** validateUpgradeDowngradeClusterIPs, after the REST layer copied the allocated IPs into a manifest that left them out. */
function checkClusterIPs(
  oldSpec: PlainObject,
  newSpec: PlainObject,
  written: PlainObject,
  live: boolean,
  report: Reporter,
): void {
  const oldIPs = ipsOf(oldSpec);
  const newIPs = normalizedIPs(oldSpec, newSpec);
  if (newIPs.length === 0) return;
  const pluralWritten = asArray(written.clusterIPs).length > 0;
  const where = (index: number): FieldPath =>
    pluralWritten || index > 0
      ? ['spec', 'clusterIPs', index]
      : written.clusterIP !== undefined
        ? ['spec', 'clusterIP']
        : ['spec', 'clusterIPs', index];
  const headless = (ips: readonly string[]): boolean => ips.length === 1 && ips[0] === 'None';
  if (oldIPs.length === 0) {
    // The old manifest let the server allocate an IP (a headless Service says None), so any IP written now differs from it.
    if (live) return;
    report(
      where(0),
      `${newIPs[0] === 'None' ? 'the Service becomes headless (clusterIP: None)' : `clusterIP ${JSON.stringify(newIPs[0])} is set`}, but the old manifest left the cluster IP to the server, which allocated one when the Service was created; that IP may not change (the API server refuses: spec.clusterIPs[0]: may not change once set); ${WAY_OUT}`,
    );
    return;
  }
  if (headless(oldIPs) && headless(newIPs)) return;
  const primaryChanged = newIPs[0] !== oldIPs[0];
  if (primaryChanged) {
    const what = headless(newIPs)
      ? 'the Service becomes headless'
      : headless(oldIPs)
        ? 'a headless Service gets a cluster IP'
        : 'the cluster IP changes';
    report(
      where(0),
      `${what} (${change(oldIPs[0], newIPs[0])}), but a Service's cluster IP, and whether it is headless, cannot change once set (the API server refuses: spec.clusterIPs[0]: may not change once set); ${WAY_OUT}`,
    );
  }
  if (oldIPs.length === newIPs.length) {
    for (let i = 1; i < oldIPs.length; i++) {
      if (oldIPs[i] !== newIPs[i])
        report(
          where(i),
          `the secondary cluster IP changes ${change(oldIPs[i], newIPs[i])}, but cluster IPs cannot change once set (the API server refuses: spec.clusterIPs[${i}]: may not change once set); ${WAY_OUT}`,
        );
    }
  } else if (oldIPs.length > newIPs.length && newIPs.length === 1 && newSpec.ipFamilyPolicy !== 'SingleStack') {
    report(
      ['spec', 'ipFamilyPolicy'],
      `the secondary cluster IP ${JSON.stringify(oldIPs[1])} is released, which the API server allows only together with ipFamilyPolicy: SingleStack (it refuses: must be set to 'SingleStack' when releasing the secondary clusterIP); set spec.ipFamilyPolicy to SingleStack in the same change`,
    );
  }
}

/** validateUpgradeDowngradeIPFamilies: the first family stays; a second may be added or (with SingleStack) removed. */
function checkPrimaryFamily(oldSpec: PlainObject, newSpec: PlainObject, report: Reporter): void {
  const headless = (spec: PlainObject): boolean => {
    const ips = ipsOf(spec);
    return ips.length === 1 && ips[0] === 'None';
  };
  if (headless(oldSpec) || headless(newSpec)) return;
  const before = asArray(oldSpec.ipFamilies);
  const after = asArray(newSpec.ipFamilies);
  if (before.length === 0 || after.length === 0 || before[0] === after[0]) return;
  report(
    ['spec', 'ipFamilies', 0],
    `the primary IP family changes ${change(before[0], after[0])}, but it is fixed once the Service has a cluster IP (the API server refuses: spec.ipFamilies[0]: may not change once set); a second family may be added, or delete and re-create the Service`,
  );
}
