import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as manifests from '../../test/support/manifests.js';
import { lint } from './lint.js';
import { defineRule, type RuleContext } from './rule.js';

const DEPLOYMENT = manifests.deployment(manifests.webContainer());
const SERVICE = manifests.service('selector: {app: web}\nports: [{port: 80}]');

/** Two rules that record the services their contexts hand out. */
function recordingRules(seen: Array<{ rule: string; context: RuleContext; services: number }>) {
  return ['a', 'b'].map((name) =>
    defineRule({
      meta: {
        id: `test/${name}`,
        severity: 'warning',
        origin: 'pitfall',
        description: 'test',
        help: 'test',
        fixable: false,
      },
      create: (context) => ({
        podSpec(site, resource) {
          seen.push({ rule: name, context, services: context.serviceIndex.selecting(resource, site).length });
        },
      }),
    }),
  );
}

describe('per-run services on RuleContext', () => {
  it('are shared by every rule of a run and built afresh for the next run', () => {
    const seen: Array<{ rule: string; context: RuleContext; services: number }> = [];
    const rules = recordingRules(seen);
    lint([{ file: 'app/all.yaml', text: `${DEPLOYMENT}---\n${SERVICE}` }], { onlyRules: rules });
    const [first, second] = seen;
    assert.ok(first && second);
    assert.equal(first.context.serviceIndex, second.context.serviceIndex, 'one index per run');
    assert.equal(first.context.schema, second.context.schema, 'one schema analysis per run');
    assert.deepEqual(
      seen.map((entry) => entry.services),
      [1, 1],
    );

    // The same resources linted again without the Service: a cache keyed by anything that
    // outlives the run would still answer with the old Service.
    seen.length = 0;
    lint([{ file: 'app/all.yaml', text: DEPLOYMENT }], { onlyRules: rules });
    assert.notEqual(seen[0]?.context.serviceIndex, first.context.serviceIndex);
    assert.deepEqual(
      seen.map((entry) => entry.services),
      [0, 0],
    );
  });

  it('build an update view once per pair however many rules ask', () => {
    const views: unknown[] = [];
    const rules = ['a', 'b'].map((name) =>
      defineRule({
        meta: {
          id: `test/${name}`,
          severity: 'warning',
          origin: 'pitfall',
          description: 'test',
          help: 'test',
          fixable: false,
        },
        create: (context) => ({ update: (pair) => void views.push(context.updateView(pair)) }),
      }),
    );
    lint([{ file: 'new.yaml', text: DEPLOYMENT }], { onlyRules: rules, old: [{ file: 'old.yaml', text: DEPLOYMENT }] });
    assert.equal(views.length, 2);
    assert.equal(views[0], views[1]);
  });
});
