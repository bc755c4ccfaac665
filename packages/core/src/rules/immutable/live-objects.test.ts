/**
 * Old versions read from the cluster (`kubectl get -o yaml`) are full of fields the manifest never
 * wrote: status, managedFields, resourceVersion, uid, creationTimestamp, the last-applied
 * annotation, defaults, allocated IPs and ports, generated selectors, admission-injected volumes.
 * Applying the original manifest again changes nothing, so no immutable rule may report anything;
 * a real change against the same live objects must still be reported.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAllDocuments, stringify } from 'yaml';
import { askOracle } from '../../../../../test/support/oracle-client.js';
import { lint } from '../../engine/lint.js';
import { asObject, isObject } from '../../model/values.js';
import { immutableRules } from './index.js';
import { LIVE_OTHERS } from '../../../test/fixtures/immutable/live-objects/services-storage-and-cluster.js';
import type { LivePair } from '../../../test/fixtures/immutable/live-objects/live-pair.js';
import { LIVE_WORKLOADS } from '../../../test/fixtures/immutable/live-objects/workloads.js';

const LIVE_PAIRS = [...LIVE_WORKLOADS, ...LIVE_OTHERS];

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** The live text with the last-applied annotation `kubectl apply` would have written (the manifest as JSON). */
function liveText(pair: LivePair): string {
  const manifests = parseAllDocuments(pair.manifest).map((document) => document.toJS() as unknown);
  return parseAllDocuments(pair.live, { version: '1.1' })
    .map((document, i) => {
      const live = document.toJS() as unknown;
      const metadata = isObject(live) ? asObject(live.metadata) : undefined;
      if (pair.lastApplied && metadata)
        metadata.annotations = {
          ...(asObject(metadata.annotations) ?? {}),
          [LAST_APPLIED]: `${JSON.stringify(manifests[i])}\n`,
        };
      return stringify(live, { version: '1.1' });
    })
    .join('---\n');
}

function findings(manifest: string, old: string): string[] {
  const result = lint([{ file: 'manifest.yaml', text: manifest }], {
    onlyRules: immutableRules,
    old: [{ file: 'live.yaml', text: old }],
  });
  return result.files.flatMap((file) =>
    file.findings.map(
      (finding) =>
        `${finding.range.start.line}:${finding.range.start.column} ${finding.ruleId} ${finding.path}: ${finding.message}`,
    ),
  );
}

describe('immutable rules against live objects', () => {
  for (const pair of LIVE_PAIRS) {
    it(`re-applying the manifest reports nothing: ${pair.name}`, () => {
      const live = liveText(pair);
      assert.ok(
        live.includes('resourceVersion') && live.includes('uid:') && live.includes('creationTimestamp'),
        'the fixture must look like kubectl get output',
      );
      assert.deepEqual(findings(pair.manifest, live), []);
    });
    it(`the oracle accepts re-applying the manifest: ${pair.name}`, async () => {
      const verdicts = await askOracle(pair.manifest, { oldText: liveText(pair) });
      assert.ok(verdicts.length > 0);
      for (const verdict of verdicts) assert.equal(verdict.verdict, 'accept', JSON.stringify(verdict.errors));
    });
  }

  const changes: Array<{ pair: number; from: string; to: string; rule: string; path: string }> = [
    {
      pair: 0,
      from: 'matchLabels: {app: api}\n  template',
      to: 'matchLabels: {app: api, tier: web}\n  template',
      rule: 'immutable/workload-selector-changed',
      path: 'spec.selector',
    },
    {
      pair: 1,
      from: 'serviceName: db',
      to: 'serviceName: db-headless',
      rule: 'immutable/statefulset-spec-changed',
      path: 'spec.serviceName',
    },
    {
      pair: 2,
      from: 'image: example/migrate:7',
      to: 'image: example/migrate:8',
      rule: 'immutable/job-template-changed',
      path: 'spec.template.spec.containers[0].image',
    },
    {
      pair: 3,
      from: '  type: LoadBalancer\n',
      to: '  type: LoadBalancer\n  clusterIP: None\n',
      rule: 'immutable/service-field-changed',
      path: 'spec.clusterIP',
    },
    {
      pair: 4,
      from: 'accessModes: [ReadWriteOnce]',
      to: 'accessModes: [ReadWriteMany]',
      rule: 'immutable/pvc-spec-changed',
      path: 'spec.accessModes[0]',
    },
    {
      pair: 5,
      from: 'command: [sleep, "3600"]',
      to: 'command: [sleep, "7200"]',
      rule: 'immutable/pod-spec-changed',
      path: 'spec.containers[0].command[1]',
    },
    {
      pair: 6,
      from: 'LOG_LEVEL: info',
      to: 'LOG_LEVEL: debug',
      rule: 'immutable/configmap-secret-changed',
      path: 'data.LOG_LEVEL',
    },
    {
      pair: 7,
      from: 'type: gp3\n---',
      to: 'type: io2\n---',
      rule: 'immutable/storage-class-changed',
      path: 'parameters.type',
    },
  ];
  for (const { pair: index, from, to, rule, path } of changes) {
    const pair = LIVE_PAIRS[index];
    if (!pair) throw new Error(`no live pair ${index}`);
    it(`a forbidden change against the live object is still reported: ${rule} (${pair.name})`, () => {
      assert.ok(pair.manifest.includes(from), `the manifest of ${pair.name} must contain ${from}`);
      const reported = findings(pair.manifest.replace(from, to), liveText(pair));
      assert.equal(reported.length, 1, reported.join('\n'));
      assert.match(reported[0] ?? '', new RegExp(`^\\d+:\\d+ ${rule} ${path.replace(/[[\].]/g, '\\$&')}: `));
    });
  }

  it('a field the last-applied configuration has and the manifest drops is a removal', () => {
    const pair = LIVE_PAIRS[1];
    assert.ok(pair);
    const withPolicy = {
      ...pair,
      manifest: pair.manifest.replace(
        '  serviceName: db\n',
        '  serviceName: db\n  podManagementPolicy: OrderedReady\n',
      ),
    };
    const live = liveText(withPolicy);
    assert.deepEqual(findings(pair.manifest, live), [], 'dropping a field that held the default changes nothing');
    const parallel = {
      ...pair,
      manifest: pair.manifest.replace('  serviceName: db\n', '  serviceName: db\n  podManagementPolicy: Parallel\n'),
    };
    const liveParallel = liveText(parallel).replace(
      'podManagementPolicy: OrderedReady',
      'podManagementPolicy: Parallel',
    );
    const reported = findings(pair.manifest, liveParallel);
    assert.equal(reported.length, 1, reported.join('\n'));
    assert.match(
      reported[0] ?? '',
      /immutable\/statefulset-spec-changed spec\.podManagementPolicy: .*"Parallel" → "OrderedReady"/,
    );
  });

  it('without a last-applied annotation, a field the manifest leaves out is not a removal', () => {
    const pair = LIVE_PAIRS[1];
    assert.ok(pair);
    const liveParallel = liveText({ ...pair, lastApplied: false }).replace(
      'podManagementPolicy: OrderedReady',
      'podManagementPolicy: Parallel',
    );
    assert.deepEqual(findings(pair.manifest, liveParallel), []);
  });
});
