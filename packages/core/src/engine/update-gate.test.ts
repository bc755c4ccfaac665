import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from './lint.js';
import { defineRule } from './rule.js';
import { asObject } from '../model/values.js';

/** Reports a spec without `ports`, and records each object it was shown. */
function portsRule(createOnly = false): { rule: ReturnType<typeof defineRule>; seen: unknown[] } {
  const seen: unknown[] = [];
  const rule = defineRule({
    meta: { id: 'test/ports', severity: 'error', origin: 'pitfall', description: 'test', fixable: false, createOnly },
    create: (context) => ({
      resource(resource) {
        seen.push(resource.object);
        const spec = asObject(resource.object.spec);
        if (spec && spec.ports === undefined) context.report({ resource, path: ['spec'], message: 'no ports' });
      },
    }),
  });
  return { rule, seen };
}

const service = (spec: string, metadata = ''): string =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n${metadata}spec:\n${spec}`;
const withPorts = service('  selector: {app: web}\n  ports:\n    - port: 80\n');
const withoutPorts = service('  selector: {app: web}\n');

function findings(text: string, old: string, rule: ReturnType<typeof defineRule>): string[] {
  const result = lint([{ file: 'new.yaml', text }], { onlyRules: [rule], old: [{ file: 'old.yaml', text: old }] });
  return result.files.flatMap((file) => file.findings.map((finding) => `${file.file} ${finding.path}`));
}

describe('the update gate', () => {
  it('keeps a report that the object the API server validates confirms', () => {
    // The old manifest applied the ports, so a manifest without them removes them.
    assert.deepEqual(findings(withoutPorts, withPorts, portsRule().rule), ['new.yaml spec']);
  });

  it('drops a report about the manifest that the update does not confirm', () => {
    // A live object with no last-applied configuration: the ports were never applied, so they stay.
    const live = service('  selector: {app: web}\n  ports:\n    - port: 80\n', '  uid: "1"\n');
    assert.deepEqual(findings(withoutPorts, live, portsRule().rule), []);
  });

  it('drops every report of a create-only check on an update, and keeps it on a create', () => {
    assert.deepEqual(findings(withoutPorts, withPorts, portsRule(true).rule), []);
    const created = lint([{ file: 'new.yaml', text: withoutPorts }], { onlyRules: [portsRule(true).rule] });
    assert.equal(created.files[0]?.findings.length, 1);
  });

  it("drops a create-only report on an update, and keeps the rule's other reports", () => {
    const rule = defineRule({
      meta: { id: 'test/mixed', severity: 'error', origin: 'pitfall', description: 'test', fixable: false },
      create: (context) => ({
        resource(resource) {
          if (asObject(resource.object.spec)?.ports !== undefined) return;
          context.report({ resource, path: ['spec'], message: 'no ports' });
          context.report({ resource, path: ['spec', 'selector'], message: 'waived on update', createOnly: true });
        },
      }),
    });
    assert.deepEqual(findings(withoutPorts, withPorts, rule), ['new.yaml spec']);
    const created = lint([{ file: 'new.yaml', text: withoutPorts }], { onlyRules: [rule] });
    assert.deepEqual(
      created.files[0]?.findings.map((finding) => finding.path),
      ['spec', 'spec.selector'],
    );
  });

  it('runs a rule a second time only on the updates it reported something on', () => {
    const clean = portsRule();
    findings(withPorts, withPorts, clean.rule);
    assert.equal(clean.seen.length, 1);
    const reporting = portsRule();
    findings(withoutPorts, withPorts, reporting.rule);
    assert.equal(reporting.seen.length, 2);
  });
});
