import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { KUBERNETES_VERSIONS } from '../release/versions.js';
import { lint, type LintOptions } from './lint.js';
import { allRules } from './registry.js';
import { defineRule, type Rule, type RuleVisitors } from './rule.js';

const pod =
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - {name: web, image: nginx}\n';
const configMap = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n';

function names(visitors: RuleVisitors): string {
  return (Object.keys(visitors) as Array<keyof RuleVisitors>)
    .filter((name) => visitors[name] !== undefined)
    .sort()
    .join(',');
}

/** A rule that counts how often it is made. */
function counted(visitors: RuleVisitors, kinds?: string[]): { rule: Rule; made: () => number } {
  let made = 0;
  const rule = defineRule({
    meta: { id: 'test/counted', severity: 'warning', origin: 'pitfall', description: 'test', fixable: false, kinds },
    create: () => {
      made++;
      return visitors;
    },
  });
  return { rule, made: () => made };
}

describe('rules the engine does not make for a part of the input they cannot reach', () => {
  it('every rule returns the same visitors whatever the release and the context (Rule.create)', () => {
    const seen = new Map<string, Set<string>>();
    const onlyRules = allRules.map((rule) => ({
      meta: rule.meta,
      create: (context: Parameters<Rule['create']>[0]) => {
        const visitors = rule.create(context);
        const set = seen.get(rule.meta.id) ?? new Set<string>();
        set.add(names(visitors));
        seen.set(rule.meta.id, set);
        return visitors;
      },
    }));
    const contexts: LintOptions[] = [
      {},
      {
        crds: [{ file: 'crds.yaml', text: configMap }],
        old: [{ file: 'old.yaml', text: pod }],
        podSecurityDefaults: { enforce: 'restricted' },
        enabledApiVersions: ['resource.k8s.io/v1beta1'],
      },
    ];
    for (const kubernetesVersion of KUBERNETES_VERSIONS)
      for (const context of contexts)
        lint([{ file: 'in.yaml', text: pod }], { ...context, onlyRules, kubernetesVersion });
    const varying = [...seen].filter(([, set]) => set.size > 1).map(([id]) => id);
    assert.deepEqual(varying, []);
    assert.ok(seen.size > 400);
  });

  it('makes a per-resource rule only for parts with its kinds, once it knows its visitors', () => {
    const { rule, made } = counted({ resource: () => undefined }, ['Pod']);
    lint([{ file: 'a.yaml', text: pod }], { onlyRules: [rule] });
    lint([{ file: 'b.yaml', text: configMap }], { onlyRules: [rule] });
    assert.equal(made(), 1);
    lint([{ file: 'c.yaml', text: pod }], { onlyRules: [rule] });
    assert.equal(made(), 2);
  });

  it('makes a pod-spec rule only for parts with pod specs', () => {
    const { rule, made } = counted({ podSpec: () => undefined });
    lint([{ file: 'a.yaml', text: configMap }], { onlyRules: [rule] });
    lint([{ file: 'b.yaml', text: configMap }], { onlyRules: [rule] });
    lint([{ file: 'c.yaml', text: pod }], { onlyRules: [rule] });
    assert.equal(made(), 2);
  });

  it('always makes whole-input rules, and every rule when there are old versions', () => {
    const whole = counted({ input: () => undefined });
    lint([{ file: 'a.yaml', text: configMap }], { onlyRules: [whole.rule] });
    lint([{ file: 'b.yaml', text: configMap }], { onlyRules: [whole.rule] });
    assert.equal(whole.made(), 2);
    const update = counted({ update: () => undefined });
    lint([{ file: 'a.yaml', text: configMap }], { onlyRules: [update.rule] });
    lint([{ file: 'b.yaml', text: configMap }], { onlyRules: [update.rule] });
    assert.equal(update.made(), 1);
    lint([{ file: 'c.yaml', text: configMap }], {
      onlyRules: [update.rule],
      old: [{ file: 'o.yaml', text: configMap }],
    });
    assert.equal(update.made(), 2);
  });

  it('reports the same with and without the rule made', () => {
    const reported: string[] = [];
    const rule = defineRule({
      meta: { id: 'test/reports', severity: 'warning', origin: 'pitfall', description: 'test', fixable: false },
      create: (context) => ({
        podSpec(site, resource) {
          reported.push(resource.file);
          context.report({ resource, path: site.path, message: 'seen' });
        },
      }),
    });
    const first = lint([{ file: 'a.yaml', text: pod }], { onlyRules: [rule] });
    lint([{ file: 'b.yaml', text: configMap }], { onlyRules: [rule] });
    const again = lint([{ file: 'a.yaml', text: pod }], { onlyRules: [rule] });
    assert.deepEqual(again, first);
    assert.deepEqual(reported, ['a.yaml', 'a.yaml']);
  });
});
