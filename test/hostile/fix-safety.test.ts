import assert from 'node:assert/strict';
import {
  chmodSync,
  lstatSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { encodeText, FileChangedError, writeFileAtomically } from '../../packages/cli/src/write-fix.js';
import { podlint, temporaryDirectory } from '../support/cli.js';

/** A pod whose port protocol has a safe fix (tcp → TCP), dressed in everything a fix must keep. */
const POD = [
  '# shop frontend, owned by team web',
  'apiVersion: v1',
  'kind: Pod',
  'metadata:',
  '  name: web # trailing comment',
  '  labels: &labels {app: web, tier: "front"}',
  'spec:',
  '  containers:',
  '    - name: web',
  '      image: nginx:1.27',
  '      ports:',
  '        - containerPort: 80',
  "          protocol: 'tcp'   # quoted on purpose",
  '        - {containerPort: 81, protocol: udp}',
  '      env:',
  '        - name: LABELS',
  '          value: >-',
  '            folded text',
  '            stays as it is',
  '',
].join('\n');

const FIXED = POD.replace("protocol: 'tcp'", "protocol: 'TCP'").replace('protocol: udp}', 'protocol: UDP}');

function fixture(name: string, content: string | Buffer): string {
  const dir = temporaryDirectory('podlint-fix-');
  writeFileSync(join(dir, name), content);
  return dir;
}

describe('--fix', () => {
  it('changes only the fixed spans, keeping comments, anchors, flow style and folded scalars', () => {
    const dir = fixture('pod.yaml', POD);
    const first = podlint(['--fix', 'pod.yaml'], { cwd: dir });
    assert.doesNotMatch(first.stdout, /protocol-unsupported/);
    assert.equal(readFileSync(join(dir, 'pod.yaml'), 'utf8'), FIXED);
    const second = podlint(['--fix', 'pod.yaml'], { cwd: dir });
    assert.equal(second.status, first.status);
    assert.equal(readFileSync(join(dir, 'pod.yaml'), 'utf8'), FIXED);
  });

  it('keeps CRLF line endings and a UTF-8 byte-order mark', () => {
    const crlf = POD.replace(/\n/g, '\r\n');
    const dir = fixture('pod.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf)]));
    podlint(['--fix', 'pod.yaml'], { cwd: dir });
    const bytes = readFileSync(join(dir, 'pod.yaml'));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(bytes.subarray(3).toString('utf8'), FIXED.replace(/\n/g, '\r\n'));
    podlint(['--fix', 'pod.yaml'], { cwd: dir });
    assert.ok(readFileSync(join(dir, 'pod.yaml')).equals(bytes), 'a second run changes nothing');
  });

  it('writes a UTF-16 file back as UTF-16 with its byte-order mark', () => {
    const dir = fixture('pod.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(POD, 'utf16le')]));
    podlint(['--fix', 'pod.yaml'], { cwd: dir });
    const bytes = readFileSync(join(dir, 'pod.yaml'));
    assert.deepEqual([...bytes.subarray(0, 2)], [0xff, 0xfe]);
    assert.equal(bytes.subarray(2).toString('utf16le'), FIXED);
  });

  it('fixes the target of a symbolic link and keeps the link and the file mode', () => {
    const dir = fixture('real.yaml', POD);
    chmodSync(join(dir, 'real.yaml'), 0o640);
    symlinkSync(join(dir, 'real.yaml'), join(dir, 'link.yaml'));
    podlint(['--fix', 'link.yaml'], { cwd: dir });
    assert.ok(lstatSync(join(dir, 'link.yaml')).isSymbolicLink());
    assert.equal(readlinkSync(join(dir, 'link.yaml')), join(dir, 'real.yaml'));
    assert.equal(readFileSync(join(dir, 'real.yaml'), 'utf8'), FIXED);
    assert.equal(statSync(join(dir, 'real.yaml')).mode & 0o777, 0o640);
  });

  it('leaves nothing behind in the directory but the fixed file', () => {
    const dir = fixture('pod.yaml', POD);
    podlint(['--fix', 'pod.yaml'], { cwd: dir });
    assert.deepEqual(readdirSync(dir), ['pod.yaml']);
  });
});

describe('atomic writes', () => {
  it('leave the file untouched, and no temporary file, when the final rename fails', () => {
    const dir = fixture('pod.yaml', POD);
    const path = join(dir, 'pod.yaml');
    const failingRename = (): void => {
      throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
    };
    assert.throws(
      () => writeFileAtomically(path, encodeText(FIXED, 'utf-8', false), undefined, { rename: failingRename }),
      /EIO/,
    );
    assert.equal(readFileSync(path, 'utf8'), POD);
    assert.deepEqual(readdirSync(dir), ['pod.yaml']);
  });

  it('refuse to overwrite a file that changed since it was read', () => {
    const dir = fixture('pod.yaml', POD);
    const path = join(dir, 'pod.yaml');
    const asRead = Buffer.from(POD);
    writeFileSync(path, `${POD}# edited meanwhile\n`);
    assert.throws(() => writeFileAtomically(path, encodeText(FIXED, 'utf-8', false), asRead), FileChangedError);
    assert.equal(readFileSync(path, 'utf8'), `${POD}# edited meanwhile\n`);
    assert.deepEqual(readdirSync(dir), ['pod.yaml']);
  });

  it('replace the content in one step when nothing goes wrong', () => {
    const dir = fixture('pod.yaml', POD);
    const path = join(dir, 'pod.yaml');
    writeFileAtomically(path, encodeText(FIXED, 'utf-8', true), Buffer.from(POD));
    assert.equal(readFileSync(path, 'utf8'), `\uFEFF${FIXED}`);
  });
});
