// Issue 19 item 2: pairwise checks report each later entry once, and the engine caps findings per rule per resource.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FINDINGS_PER_RULE_PER_RESOURCE } from '../../packages/core/src/engine/findings.js';
import { lint } from '../../packages/core/src/engine/lint.js';
import { defineRule } from '../../packages/core/src/engine/rule.js';
import duplicatePortDefinition from '../../packages/core/src/rules/ports/duplicate-port-definition.js';

function podWithContainersOnOnePort(count: number): string {
  const containers = Array.from(
    { length: count },
    (_, i) => `  - name: c${i}\n    image: nginx\n    ports:\n    - containerPort: 8080\n`,
  ).join('');
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: crowded\nspec:\n  containers:\n${containers}`;
}

describe('quadratic findings (item 2)', () => {
  it('3,000 containers on one port: each later port once, capped, with an "and N more" finding', () => {
    const text = podWithContainersOnOnePort(3000);
    const findings =
      lint([{ file: 'crowded.yaml', text }], { onlyRules: [duplicatePortDefinition] }).files[0]?.findings ?? [];
    assert.equal(findings.length, FINDINGS_PER_RULE_PER_RESOURCE + 1);
    const more = findings.find((finding) => finding.message.startsWith('and '));
    assert.ok(more, 'a summary finding');
    assert.match(
      more.message,
      new RegExp(`^and ${2999 - FINDINGS_PER_RULE_PER_RESOURCE} more findings of ports/duplicate-port-definition`),
    );
    // Each later port is reported against the first one, not against every earlier one.
    const others = findings.filter((finding) => finding !== more);
    assert.ok(others.every((finding) => finding.related?.[0]?.path === 'spec.containers[0].ports[0]'));
    assert.deepEqual(
      others.slice(0, 2).map((finding) => finding.path),
      ['spec.containers[1].ports[0]', 'spec.containers[2].ports[0]'],
    );
  });

  it('the cap holds for any rule, and counts per resource', () => {
    const noisy = defineRule({
      meta: {
        id: 'test/noisy',
        severity: 'warning',
        origin: 'pitfall',
        description: 'reports 1,000 times',
        help: '',
        fixable: false,
      },
      create: (context) => ({
        resource(resource) {
          for (let i = 0; i < 1000; i++) context.report({ resource, path: ['metadata'], message: `finding ${i}` });
        },
      }),
    });
    const text =
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n';
    const findings = lint([{ file: 'two.yaml', text }], { onlyRules: [noisy] }).files[0]?.findings ?? [];
    assert.equal(findings.length, 2 * (FINDINGS_PER_RULE_PER_RESOURCE + 1));
    assert.equal(
      findings.filter((finding) => finding.message.startsWith(`and ${1000 - FINDINGS_PER_RULE_PER_RESOURCE} more`))
        .length,
      2,
    );
  });
});
