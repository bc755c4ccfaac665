// Issue 19, the "Lower" list: each shape read as kubectl reads it, or refused with a clear message.
import assert from 'node:assert/strict';
import { linkSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseConfig } from '../../packages/core/src/config/config.js';
import { lint } from '../../packages/core/src/engine/lint.js';
import { decodeBytes } from '../../packages/core/src/load/decode.js';
import { askOracle } from '../support/oracle-client.js';
import { CONFIG_MAP, runCli, workspace, type JsonReport } from './support.js';

const findings = (text: string, file = 'a.yaml'): Array<[string, number, number]> =>
  (lint([{ file, text }]).files[0]?.findings ?? []).map((finding) => [
    finding.ruleId,
    finding.range.start.line,
    finding.range.start.column,
  ]);

/** A Pod whose protocol has a safe fix (tcp → TCP). */
const FIXABLE_POD =
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n      ports:\n        - containerPort: 80\n          protocol: tcp\n';

describe('lower items', () => {
  it('config type errors read as English: "must be a mapping", not "must be a object"', () => {
    const { errors } = parseConfig('c.yaml', 'rules: []\nignore: 3\n');
    assert.deepEqual(
      errors.map((error) => error.message),
      ['`rules` must be a mapping', '`ignore` must be a list'],
    );
  });

  it('invalid UTF-8 is reported where it is: its line, and its column in characters as every other finding', () => {
    const at = (bytes: Buffer): [number, number] | undefined => {
      const result = decodeBytes(bytes);
      return result.ok ? undefined : [result.line, result.column];
    };
    // Two two-byte characters before the bad byte: column 7 in characters, 9 in bytes.
    const before = Buffer.from('a: 1\nb: "éé', 'utf8');
    assert.deepEqual(at(Buffer.concat([before, Buffer.from([0xff]), Buffer.from('"\n')])), [2, 7]);
    // An encoded surrogate (ED A0 80) and an overlong slash (C0 AF) look like sequences but are not UTF-8.
    assert.deepEqual(at(Buffer.concat([before, Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"\n')])), [2, 7]);
    assert.deepEqual(at(Buffer.concat([before, Buffer.from([0xc0, 0xaf]), Buffer.from('"\n')])), [2, 7]);
  });

  it('a trailing comma in a .json file is read as kubectl reads it (YAML after JSON fails), as the oracle does', async () => {
    const text = '{\n  "apiVersion": "v1",\n  "kind": "ConfigMap",\n  "metadata": {"name": "a",},\n}\n';
    assert.deepEqual(findings(text, 'a.json'), []);
    assert.equal(lint([{ file: 'a.json', text }]).files[0]?.resources.length, 1);
    assert.deepEqual(
      (await askOracle(text)).map((verdict) => verdict.verdict),
      ['accept'],
    );
    // Its content is still checked.
    assert.deepEqual(findings(text.replace('"a",}', '"a",}, "data": {"x": 1,}'), 'a.json'), [
      ['schema/wrong-type', 4, 40],
    ]);
    // A comment is not a trailing comma: kubectl reports the JSON error.
    assert.equal(findings('{"apiVersion": "v1", // c\n "kind": "ConfigMap"}\n', 'a.json')[0]?.[0], 'yaml/syntax');
  });

  it('carriage-return line endings are read as kubectl reads them: lines break, and only the first document counts', async () => {
    const cr = (text: string): string => text.replace(/\n/g, '\r');
    // `y` is YAML 1.1's true, so the line break was read: the value sits on line 6.
    assert.deepEqual(findings(cr(`${CONFIG_MAP}data:\n  x: y\n`)), [['schema/wrong-type', 6, 3]]);
    const two = cr(`${CONFIG_MAP}---\n${CONFIG_MAP.replace('name: settings', 'name: other')}`);
    assert.deepEqual(findings(two), [['yaml/ignored-document', 6, 1]]);
    assert.equal((await askOracle(two)).length, 1);
    assert.match(lint([{ file: 'a.yaml', text: two }]).files[0]?.findings[0]?.message ?? '', /first document only/);
  });

  it('a second document in the config is an error, not ignored', () => {
    const { errors, config } = parseConfig('c.yaml', 'rules: {}\n---\nignore: ["**"]\n');
    assert.equal(config, undefined);
    assert.deepEqual(
      errors.map((error) => [error.line, /second one/.test(error.message)]),
      [[3, true]],
    );
    assert.deepEqual(parseConfig('c.yaml', 'rules: {}\n---\n# nothing here\n').errors, []);
  });

  it('crds: ["/"] is refused at once with a clear error (exit 2), and the run goes on', async () => {
    const dir = workspace({ '.git/HEAD': '', '.podlint.yaml': 'crds: ["/"]\n', 'ok.yaml': CONFIG_MAP });
    const started = Date.now();
    const result = await runCli(['--format', 'json', 'ok.yaml'], { cwd: dir });
    assert.ok(Date.now() - started < 20_000);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /CustomResourceDefinitions: a folder outside the project/);
    assert.equal((JSON.parse(result.stdout) as JsonReport).summary.resources, 1);
  });

  it('a walk does not follow symbolic links out of the repository, and says so on stderr', async () => {
    const outside = workspace({ 'secret.yaml': CONFIG_MAP });
    const dir = workspace({ '.git/HEAD': '', 'k8s/ok.yaml': CONFIG_MAP, 'k8s/inside.yaml': CONFIG_MAP });
    symlinkSync(join(outside, 'secret.yaml'), join(dir, 'k8s', 'escape.yaml'));
    symlinkSync(join(dir, 'k8s', 'ok.yaml'), join(dir, 'k8s', 'near.yaml'));
    const result = await runCli(['--format', 'json', 'k8s'], { cwd: dir });
    assert.match(result.stderr, /k8s\/escape\.yaml: not linted: a symbolic link to .*secret\.yaml, outside/);
    assert.doesNotMatch(result.stderr, /near\.yaml/);
    const files = new Set((JSON.parse(result.stdout) as JsonReport).results.map((finding) => finding.file));
    assert.ok(!files.has('k8s/escape.yaml'));
    // Named on the command line, the link is linted: the user asked for that file.
    const named = await runCli(['--format', 'json', 'k8s/escape.yaml'], { cwd: dir });
    assert.equal((JSON.parse(named.stdout) as JsonReport).summary.resources, 1);
  });

  it('--fix does not write through a symbolic link out of the project', async () => {
    const outside = workspace({ 'pod.yaml': FIXABLE_POD });
    const dir = workspace({ '.git/HEAD': '' });
    symlinkSync(join(outside, 'pod.yaml'), join(dir, 'pod.yaml'));
    const result = await runCli(['--fix', 'pod.yaml'], { cwd: dir });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /fixes not applied: it leads to .*pod\.yaml, outside the project/);
    assert.equal(readFileSync(join(outside, 'pod.yaml'), 'utf8'), FIXABLE_POD);
  });

  it('--fix does not break hard links: it refuses, and both names keep the same unchanged file', async () => {
    const dir = workspace({ 'pod.yaml': FIXABLE_POD });
    mkdirSync(join(dir, 'other'));
    linkSync(join(dir, 'pod.yaml'), join(dir, 'other', 'same.yaml'));
    const result = await runCli(['--fix', 'pod.yaml'], { cwd: dir });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /fixes not applied: it has 2 hard links/);
    assert.equal(readFileSync(join(dir, 'pod.yaml'), 'utf8'), FIXABLE_POD);
    assert.equal(statSync(join(dir, 'pod.yaml')).ino, statSync(join(dir, 'other', 'same.yaml')).ino);
    // A single file is fixed as before.
    writeFileSync(join(dir, 'single.yaml'), FIXABLE_POD);
    await runCli(['--fix', 'single.yaml'], { cwd: dir });
    assert.match(readFileSync(join(dir, 'single.yaml'), 'utf8'), /protocol: TCP/);
  });
});
