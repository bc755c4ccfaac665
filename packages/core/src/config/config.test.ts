import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { findConfigFile, parseConfig } from './config.js';

describe('parseConfig', () => {
  it('reads rules, ignore, kubernetesVersion and crds', () => {
    const { config, errors } = parseConfig(
      '.podlint.yaml',
      'rules:\n  ports/protocol-unsupported: warning\nignore: ["charts/**"]\nkubernetesVersion: "1.31"\ncrds: [crds/]\n',
    );
    assert.deepEqual(errors, []);
    assert.deepEqual(config?.rules, { 'ports/protocol-unsupported': 'warning' });
    assert.deepEqual(config?.ignore, ['charts/**']);
    assert.equal(config?.kubernetesVersion, '1.31');
    assert.deepEqual(config?.crds, ['crds/']);
  });

  it("reads the cluster's PodSecurity defaults, and refuses a level that does not exist, at its line", () => {
    const { config } = parseConfig(
      'c.yaml',
      'podSecurity:\n  enforce: baseline\n  warn: restricted\n  warn-version: v1.30\n',
    );
    assert.deepEqual(config?.podSecurity, { enforce: 'baseline', warn: 'restricted', 'warn-version': 'v1.30' });
    const { errors } = parseConfig('c.yaml', 'podSecurity:\n  enforce: strict\n');
    assert.equal(errors[0]?.line, 2);
    assert.match(errors[0]?.message ?? '', /"privileged", "baseline", "restricted"/);
    assert.equal(parseConfig('c.yaml', 'podSecurity:\n  enforce-version: "1.30"\n').errors.length, 1);
    assert.deepEqual(
      parseConfig('c.yaml', 'enabledApiVersions: [resource.k8s.io/v1beta1]\n').config?.enabledApiVersions,
      ['resource.k8s.io/v1beta1'],
    );
    // A group/version, as --runtime-config names it: not a kind, not a bare group.
    assert.equal(parseConfig('c.yaml', 'enabledApiVersions: [resource.k8s.io]\n').errors.length, 1);
  });

  it('suggests the closest rule id for an unknown one, at its line', () => {
    const { config, errors } = parseConfig('c.yaml', 'rules:\n  ports/protocol-unsuported: off\n');
    assert.equal(config, undefined);
    assert.equal(errors.length, 1);
    assert.deepEqual([errors[0]?.line, errors[0]?.column], [2, 3]);
    assert.match(errors[0]?.message ?? '', /did you mean "ports\/protocol-unsupported"/);
  });

  it('names the valid severities for a bad one', () => {
    const { errors } = parseConfig('c.yaml', 'rules:\n  ports/protocol-unsupported: fatal\n');
    assert.equal(errors[0]?.line, 2);
    assert.match(errors[0]?.message ?? '', /"off", "info", "warning", "error"/);
  });

  it('suggests the closest config key', () => {
    const { errors } = parseConfig('c.yaml', 'rules: {}\nignores: [a]\n');
    assert.equal(errors[0]?.line, 2);
    assert.match(errors[0]?.message ?? '', /unknown config key "ignores"; did you mean "ignore"\?/);
  });

  it('reports YAML errors in the config with their line', () => {
    const { errors } = parseConfig('c.yaml', 'rules:\n  a: [b\n');
    assert.ok(errors.length > 0);
    assert.ok((errors[0]?.line ?? 0) >= 2);
  });

  it('rejects an unknown Kubernetes version', () => {
    const { errors } = parseConfig('c.yaml', 'kubernetesVersion: "1.12"\n');
    assert.match(errors[0]?.message ?? '', /must be one of "1.29"/);
  });
});

describe('findConfigFile', () => {
  it('finds the nearest config upward', () => {
    const root = mkdtempSync(join(tmpdir(), 'podlint-config-'));
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    writeFileSync(join(root, '.podlint.yaml'), 'rules: {}\n');
    writeFileSync(join(root, 'a', '.podlint.yml'), 'rules: {}\n');
    assert.equal(findConfigFile(join(root, 'a', 'b')), join(root, 'a', '.podlint.yml'));
    assert.equal(findConfigFile(root), join(root, '.podlint.yaml'));
  });

  it('gives the same answers from what it learnt on earlier lookups', () => {
    const root = mkdtempSync(join(tmpdir(), 'podlint-config-'));
    mkdirSync(join(root, 'a', 'b', 'c'), { recursive: true });
    mkdirSync(join(root, 'repo', 'd'), { recursive: true });
    mkdirSync(join(root, 'repo', '.git'));
    writeFileSync(join(root, '.podlint.yaml'), 'rules: {}\n');
    writeFileSync(join(root, 'a', '.podlint.yml'), 'rules: {}\n');
    const known = new Map<string, string | undefined>();
    for (const directory of [['a', 'b', 'c'], ['a', 'b'], ['a'], [], ['repo', 'd'], ['repo']]) {
      const start = join(root, ...directory);
      assert.equal(findConfigFile(start, known), findConfigFile(start), start);
    }
    assert.equal(known.get(join(root, 'a', 'b')), join(root, 'a', '.podlint.yml'));
    assert.equal(known.get(join(root, 'repo')), undefined);
    assert.ok(known.has(join(root, 'repo')));
  });
});

describe('the precompiled config validator', () => {
  it('is generated from the current config-schema.json', async () => {
    const { readFileSync } = await import('node:fs');
    const { fileURLToPath } = await import('node:url');
    const here = fileURLToPath(new URL('.', import.meta.url));
    // @ts-expect-error: a plain .mjs build script without types
    const { generateConfigValidator } = (await import('../../scripts/compile-config-schema.mjs')) as {
      generateConfigValidator: () => string;
    };
    assert.equal(
      readFileSync(join(here, 'validate-config.generated.js'), 'utf8'),
      generateConfigValidator(),
      'run node packages/core/scripts/compile-config-schema.mjs',
    );
  });

  it('knows the same Kubernetes versions as the engine', async () => {
    const { KUBERNETES_VERSIONS } = await import('../release/versions.js');
    const { readFileSync } = await import('node:fs');
    const schema = JSON.parse(readFileSync(new URL('./config-schema.json', import.meta.url), 'utf8')) as {
      properties: { kubernetesVersion: { enum: string[] } };
    };
    assert.deepEqual(schema.properties.kubernetesVersion.enum, [...KUBERNETES_VERSIONS]);
  });
});
