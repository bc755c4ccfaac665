// Issue 19 item 11: broken --old and --crd inputs are reported, never skipped in silence.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WIDGET_CRD_HEAD } from '../fixtures/crds.js';
import { CONFIG_MAP, runCli, workspace, type JsonReport } from './support.js';

async function report(
  args: string[],
  files: Record<string, string>,
): Promise<{ status: number; stderr: string; json: JsonReport }> {
  const result = await runCli(['--format', 'json', ...args], { cwd: workspace(files) });
  return { status: result.status, stderr: result.stderr, json: JSON.parse(result.stdout) as JsonReport };
}

describe('broken context inputs (item 11)', () => {
  it('an --old file with a syntax error is an error on that file, saying the update checks left it out', async () => {
    const { status, json } = await report(['--old', 'old.yaml', 'new.yaml'], {
      'old.yaml': `${CONFIG_MAP}data: [unclosed\n`,
      'new.yaml': CONFIG_MAP,
    });
    assert.equal(status, 1);
    const finding = json.results.find((result) => result.file === 'old.yaml');
    assert.equal(finding?.ruleId, 'yaml/syntax');
    assert.match(finding?.message ?? '', /old versions .* not checked/);
  });

  it('a --crd file with a syntax error is an error on that file', async () => {
    const { status, json } = await report(['--crd', 'crd.yaml', 'new.yaml'], {
      'crd.yaml': `${WIDGET_CRD_HEAD}          spec: {type: object\n`,
      'new.yaml': CONFIG_MAP,
    });
    assert.equal(status, 1);
    const finding = json.results.find((result) => result.file === 'crd.yaml');
    assert.equal(finding?.ruleId, 'yaml/syntax');
    assert.match(finding?.message ?? '', /CustomResourceDefinitions: .* not validated/);
  });

  it('a --crd CRD the API server would refuse is reported as such', async () => {
    const { status, json } = await report(['--crd', 'crd.yaml', 'new.yaml'], {
      'crd.yaml': `${WIDGET_CRD_HEAD}          spec: {type: object, properties: {tags: {type: array, uniqueItems: true, items: {type: string}}, ref: {$ref: '#/x'}}}\n`,
      'new.yaml': CONFIG_MAP,
    });
    assert.equal(status, 1);
    assert.deepEqual(
      json.results.filter((result) => result.file === 'crd.yaml').map((result) => result.ruleId),
      ['schema/crd-schema-invalid', 'schema/crd-schema-invalid'],
    );
  });

  it('an unreadable --old or --crd is exit 2, and the linted files are still reported', async () => {
    for (const args of [
      ['--old', 'missing.yaml'],
      ['--crd', 'missing.yaml'],
    ]) {
      const { status, stderr, json } = await report([...args, 'new.yaml'], {
        'new.yaml': `${CONFIG_MAP}data: {x: 1}\n`,
      });
      assert.equal(status, 2, args.join(' '));
      assert.match(stderr, /missing\.yaml: .*no such file/);
      assert.ok(
        json.results.some((result) => result.file === 'new.yaml'),
        args.join(' '),
      );
    }
  });
});
