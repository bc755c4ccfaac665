import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import fg from 'fast-glob';
import { MANIFEST_GLOB, walkManifests } from './walk.js';

describe('walkManifests', () => {
  it('finds what fast-glob finds with the options the walk had', () => {
    const root = mkdtempSync(join(tmpdir(), 'podlint-walk-'));
    const files = [
      'a.yaml',
      'b.yml',
      'c.json',
      'upper.YAML',
      'e.yaml.txt',
      '.hidden.yaml',
      '.hidden/x.yaml',
      '.git/config.yaml',
      'node_modules/x.yaml',
      'sub/node_modules/y.yaml',
      'sub/deep/z.yaml',
      'sub/deep/.p.yml',
      'dir.yaml/inner.yaml',
      'sp ace.yaml',
      '\nline-break-first.yaml',
      'a\nline-break-inside.yaml',
      'ünïcode.yaml',
      '.yaml',
      'json',
    ];
    for (const file of files) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), 'kind: ConfigMap\n');
    }
    symlinkSync(join(root, 'a.yaml'), join(root, 'link-to-file.yaml'));
    symlinkSync(join(root, 'sub'), join(root, 'link-to-dir'));
    symlinkSync(join(root, 'sub'), join(root, 'link-to-dir.yaml'));
    symlinkSync(join(root, 'missing.yaml'), join(root, 'broken.yaml'));
    symlinkSync(join(root, 'loop.yaml'), join(root, 'loop.yaml'));

    const describeEntry = (entry: { path: string; dirent: { isFile(): boolean; isSymbolicLink(): boolean } }) =>
      `${entry.path} ${entry.dirent.isFile() ? 'file' : entry.dirent.isSymbolicLink() ? 'link' : 'other'}`;
    const expected = fg
      .sync(MANIFEST_GLOB, {
        cwd: root,
        dot: false,
        ignore: ['**/.git/**', '**/node_modules/**'],
        followSymbolicLinks: false,
        onlyFiles: false,
        objectMode: true,
        suppressErrors: true,
      })
      .map(describeEntry)
      .sort();
    const listed: string[] = [];
    const found = walkManifests(root, (directory) => listed.push(directory))
      .map(describeEntry)
      .sort();
    assert.deepEqual(found, expected);
    assert.ok(found.includes('link-to-file.yaml link'), found.join('\n'));
    assert.ok(found.includes('sub/deep/z.yaml file'), found.join('\n'));
    assert.deepEqual(
      listed.sort(),
      [root, join(root, 'dir.yaml'), join(root, 'sub'), join(root, 'sub', 'deep')].sort(),
    );
    // Told once, at the manifest that makes the count; never by a walk that finds fewer.
    let reached = 0;
    walkManifests(root, undefined, { files: 2, reached: () => reached++ });
    assert.equal(reached, 1);
    walkManifests(root, undefined, { files: found.length + 1, reached: () => reached++ });
    assert.equal(reached, 1);
  });
});
