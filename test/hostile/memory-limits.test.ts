// Issue 19 item 3: every input has the same size limit, and a document too large to read in bounded memory is refused.
import assert from 'node:assert/strict';
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { MAX_INPUT_BYTES } from '../../packages/cli/src/read-input.js';
import { lint } from '../../packages/core/src/engine/lint.js';
import { DOCUMENT_NODE_LIMIT } from '../../packages/core/src/load/limits.js';
import { oversizeDocuments } from '../../packages/core/src/load/prescan.js';
import { YamlManifestLoader } from '../../packages/core/src/load/yaml-loader.js';
import { CONFIG_MAP, runCli, workspace } from './support.js';

describe('memory limits (item 3)', () => {
  it('a JSON document of a million small values is refused before it is composed', () => {
    const text = `{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "m"}, "x": [${Array(1_000_000).fill('0').join(',')}]}`;
    const loaded = new YamlManifestLoader().load('m.json', text);
    assert.deepEqual(
      loaded.problems.map((problem) => problem.ruleId),
      ['yaml/size-limit'],
    );
    assert.match(loaded.problems[0]?.message ?? '', new RegExp(DOCUMENT_NODE_LIMIT.toLocaleString('en-US')));
  });

  it('every shape of a million small values is refused by the pre-scan, before a syntax tree is built', () => {
    const zeros = Array(1_000_000).fill('0');
    for (const [name, file, text] of [
      ['a JSON array', 'a.json', `[${zeros.join(',')}]`],
      ['a YAML flow sequence', 'a.yaml', `${CONFIG_MAP}x: [${zeros.join(',')}]\n`],
      ['a YAML block sequence', 'a.yaml', `${CONFIG_MAP}x:\n${zeros.map((zero) => `- ${zero}\n`).join('')}`],
      ['the second document of a stream', 'a.yaml', `${CONFIG_MAP}---\n${CONFIG_MAP}x: [${zeros.join(',')}]\n`],
    ] as const) {
      assert.equal(oversizeDocuments(text, DOCUMENT_NODE_LIMIT).length, 1, name);
      const loaded = new YamlManifestLoader().load(file, text);
      assert.deepEqual(
        loaded.problems.map((problem) => problem.ruleId),
        ['yaml/size-limit'],
        name,
      );
    }
  });

  it('the pre-scan never refuses what the parser reads: a document just under the limit is linted', () => {
    const text = `${CONFIG_MAP}data:\n  x: [${Array(499_000).fill('"0"').join(',')}]\n`;
    assert.deepEqual(oversizeDocuments(text, DOCUMENT_NODE_LIMIT), []);
    const findings = lint([{ file: 'a.yaml', text }]).files[0]?.findings ?? [];
    assert.ok(
      findings.every((finding) => finding.ruleId !== 'yaml/size-limit'),
      findings.map((finding) => finding.ruleId).join(),
    );
    assert.ok(findings.some((finding) => finding.ruleId === 'schema/wrong-type'));
  });

  it('a List of thousands of objects is read as before', () => {
    const items = Array.from(
      { length: 2000 },
      (_, i) => `{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c${i}"},"data":{"k":"v"}}`,
    ).join(',');
    const result = lint([{ file: 'l.json', text: `{"apiVersion":"v1","kind":"List","items":[${items}]}` }]);
    assert.equal(result.files[0]?.resources.length, 2000);
  });

  it('the same size limit for linted files, --old, --crd, crds: and the config: exit 2, the run goes on', async () => {
    for (const [role, args] of [
      ['linted', ['big.yaml', 'ok.yaml']],
      ['old', ['--old', 'big.yaml', 'ok.yaml']],
      ['crd', ['--crd', 'big.yaml', 'ok.yaml']],
    ] as const) {
      const dir = workspace({ 'ok.yaml': CONFIG_MAP });
      writeFileSync(join(dir, 'big.yaml'), '');
      // A sparse file: its size is checked before a byte is read.
      truncateSync(join(dir, 'big.yaml'), MAX_INPUT_BYTES + 1);
      const result = await runCli(['--format', 'json', ...args], { cwd: dir });
      assert.equal(result.status, 2, role);
      assert.match(result.stderr, /big\.yaml: .*larger than 16 MiB/, role);
      assert.equal((JSON.parse(result.stdout) as { summary: { resources: number } }).summary.resources, 1, role);
    }
    const dir = workspace({ 'ok.yaml': CONFIG_MAP });
    writeFileSync(join(dir, '.podlint.yaml'), '');
    truncateSync(join(dir, '.podlint.yaml'), MAX_INPUT_BYTES + 1);
    const config = await runCli(['ok.yaml'], { cwd: dir });
    assert.equal(config.status, 2);
    assert.match(config.stderr, /\.podlint\.yaml/);
  });
});
