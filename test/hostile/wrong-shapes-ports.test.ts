import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { lint } from '../../packages/core/src/engine/lint.js';
import { KUBERNETES_VERSIONS } from '../../packages/core/src/release/versions.js';
import { restartRules } from '../../packages/core/src/rules/restart/index.js';
import { portRules } from '../../packages/core/src/rules/ports/index.js';

/**
 * Rules see untrusted data: any field may hold any JSON value. Whatever sits where these rules
 * look, they must report or stay silent, never throw (a throw becomes podlint/internal-error).
 */
const SLOTS = [
  'containers',
  'containers[0]',
  'containers[0].ports',
  'containers[0].ports[0]',
  'containers[0].ports[0].containerPort',
  'containers[0].ports[0].hostPort',
  'containers[0].ports[0].protocol',
  'containers[0].ports[0].name',
  'containers[0].ports[0].hostIP',
  'containers[0].livenessProbe',
  'containers[0].readinessProbe.httpGet',
  'containers[0].startupProbe.tcpSocket.port',
  'containers[0].lifecycle',
  'containers[0].lifecycle.preStop.httpGet.port',
  'containers[0].restartPolicy',
  'containers[0].restartPolicyRules',
  'containers[0].restartPolicyRules[0]',
  'containers[0].restartPolicyRules[0].exitCodes',
  'containers[0].restartPolicyRules[0].exitCodes.values',
  'containers[0].resizePolicy',
  'containers[0].resizePolicy[0]',
  'initContainers',
  'initContainers[0].restartPolicy',
  'initContainers[0].ports',
  'ephemeralContainers',
  'ephemeralContainers[0].ports',
  'restartPolicy',
  'hostNetwork',
  'activeDeadlineSeconds',
] as const;

function podSpec(slot: string, value: unknown): Record<string, unknown> {
  const spec: Record<string, unknown> = {
    restartPolicy: 'Never',
    containers: [
      {
        name: 'app',
        image: 'app:1',
        ports: [{ name: 'http', containerPort: 80 }],
        readinessProbe: { httpGet: { port: 'http' } },
        startupProbe: { tcpSocket: { port: 80 } },
        lifecycle: { preStop: { httpGet: { port: 'http' } } },
        restartPolicy: 'Never',
        restartPolicyRules: [{ action: 'Restart', exitCodes: { operator: 'In', values: [1] } }],
        resizePolicy: [{ resourceName: 'cpu', restartPolicy: 'RestartContainer' }],
      },
    ],
    initContainers: [
      { name: 'proxy', image: 'proxy:1', restartPolicy: 'Always', ports: [{ containerPort: 80, hostPort: 80 }] },
    ],
    ephemeralContainers: [{ name: 'debug', image: 'busybox', ports: [{ containerPort: 1 }] }],
  };
  const segments = slot.replace(/\[(\d+)\]/g, '.$1').split('.');
  let target: unknown = spec;
  for (const segment of segments.slice(0, -1)) {
    const next = (target as Record<string, unknown>)[segment];
    if (typeof next !== 'object' || next === null)
      (target as Record<string, unknown>)[segment] = /^\d+$/.test(segments[segments.indexOf(segment) + 1] ?? '')
        ? []
        : {};
    target = (target as Record<string, unknown>)[segment];
  }
  (target as Record<string, unknown>)[segments[segments.length - 1] ?? ''] = value;
  return spec;
}

function documents(spec: Record<string, unknown>): string {
  const labels = { app: 'web' };
  const objects = [
    { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', labels }, spec },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'd' },
      spec: { selector: { matchLabels: labels }, template: { metadata: { labels }, spec } },
    },
    {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'c' },
      spec: {
        schedule: '* * * * *',
        jobTemplate: {
          spec: { podFailurePolicy: spec.restartPolicy, backoffLimit: spec.activeDeadlineSeconds, template: { spec } },
        },
      },
    },
    { apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: { selector: labels, ports: spec.containers } },
  ];
  return objects.map((object) => JSON.stringify(object)).join('\n---\n');
}

describe('ports and restart rules on wrong shapes', () => {
  it('never throw, whatever value sits where they look', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SLOTS),
        fc.jsonValue({ maxDepth: 3 }),
        fc.constantFrom(...KUBERNETES_VERSIONS),
        (slot, value, kubernetesVersion) => {
          const text = documents(podSpec(slot, value));
          const findings = lint([{ file: 'shape.yaml', text }], {
            onlyRules: [...portRules, ...restartRules],
            kubernetesVersion,
          }).files.flatMap((file) => file.findings);
          const crashes = findings.filter((finding) => finding.ruleId === 'podlint/internal-error');
          assert.deepEqual(
            crashes.map((finding) => finding.message),
            [],
            `${slot} = ${JSON.stringify(value)}`,
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it('the base manifest does produce findings, so the property is not vacuous', () => {
    const findings = lint([{ file: 'shape.yaml', text: documents(podSpec('hostNetwork', true)) }], {
      onlyRules: [...portRules, ...restartRules],
    }).files.flatMap((file) => file.findings);
    assert.ok(findings.some((finding) => finding.ruleId === 'restart/resize-policy-with-never'));
    assert.ok(findings.some((finding) => finding.ruleId === 'ports/ephemeral-ports-forbidden'));
  });
});
