import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT, temporaryDirectory } from '../support/cli.js';

const DIST = join(REPO_ROOT, 'packages', 'cli', 'dist');
const BIN = join(REPO_ROOT, 'packages', 'cli', 'bin', 'podlint.js');
const NETWORK_MODULES = new Set([
  'http',
  'https',
  'http2',
  'net',
  'tls',
  'dgram',
  'dns',
  'dns/promises',
  'undici',
  'inspector',
]);

function bundleFiles(): string[] {
  const chunks = existsSync(join(DIST, 'chunks'))
    ? readdirSync(join(DIST, 'chunks')).map((name) => join(DIST, 'chunks', name))
    : [];
  return [join(DIST, 'podlint.js'), ...chunks].filter((file) => file.endsWith('.js'));
}

function moduleSpecifiers(code: string): string[] {
  const specifiers: string[] = [];
  for (const pattern of [
    /\bfrom\s*["']([^"']+)["']/g,
    /\brequire\(\s*["']([^"']+)["']\s*\)/g,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
    /\bimport\s*["']([^"']+)["']/g,
  ]) {
    for (const match of code.matchAll(pattern)) specifiers.push(match[1] ?? '');
  }
  return specifiers;
}

/**
 * Preloaded into the CLI: every way Node has to reach the network reports itself on stderr and
 * fails, so a run that tried would show it.
 */
const NETWORK_TRAP = `
import net from 'node:net';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
const trap = (what) => function () { process.stderr.write('NETWORK ATTEMPT: ' + what + '\\n'); throw new Error('network access attempted: ' + what); };
net.Socket.prototype.connect = trap('net.connect');
dns.lookup = trap('dns.lookup');
http.request = trap('http.request');
https.request = trap('https.request');
globalThis.fetch = trap('fetch');
`;

describe('no network access, no code from configuration', () => {
  it('the CLI bundle imports no network module', () => {
    const files = bundleFiles();
    assert.ok(files.length > 0, 'build the CLI first: node scripts/build.mjs');
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      const network = moduleSpecifiers(code).filter((specifier) =>
        NETWORK_MODULES.has(specifier.replace(/^node:/, '')),
      );
      assert.deepEqual(network, [], file);
      assert.doesNotMatch(code, /\bfetch\s*\(|\bWebSocket\b|\bXMLHttpRequest\b/, file);
    }
  });

  it('a run with configuration, CRDs and every formatter never touches the network', () => {
    const dir = temporaryDirectory('podlint-offline-');
    writeFileSync(join(dir, '.podlint.yaml'), 'rules:\n  ports/protocol-unsupported: warning\ncrds: [crd.yaml]\n');
    writeFileSync(
      join(dir, 'crd.yaml'),
      'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: widgets.example.com\nspec:\n  group: example.com\n  names: {kind: Widget, plural: widgets, singular: widget, listKind: WidgetList}\n  scope: Namespaced\n  versions:\n    - name: v1\n      served: true\n      storage: true\n      schema:\n        openAPIV3Schema:\n          type: object\n          properties:\n            spec:\n              type: object\n              properties:\n                size: {type: integer}\n',
    );
    writeFileSync(
      join(dir, 'app.yaml'),
      'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  size: large\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: a\n      image: nginx\n      ports:\n        - containerPort: 80\n          protocol: tcp\n',
    );
    const trap = `data:text/javascript,${encodeURIComponent(NETWORK_TRAP)}`;
    for (const format of ['stylish', 'json', 'sarif', 'github', 'junit']) {
      const result = spawnSync(process.execPath, ['--import', trap, BIN, '--format', format, '.'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
        maxBuffer: 64 * 1024 * 1024,
      });
      assert.doesNotMatch(result.stderr, /NETWORK ATTEMPT/, format);
      assert.equal(result.status, 1, `${format}: ${result.stderr}`);
      assert.ok(result.stdout.length > 0, format);
    }
  });

  it('YAML tags in the configuration stay text: nothing is evaluated', () => {
    const dir = temporaryDirectory('podlint-offline-');
    const marker = join(dir, 'executed');
    writeFileSync(
      join(dir, '.podlint.yaml'),
      `kubernetesVersion: !!js/function "function () { require('fs').writeFileSync('${marker}', 'x') }"\n`,
    );
    writeFileSync(join(dir, 'a.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n');
    const result = spawnSync(process.execPath, [BIN, 'a.yaml'], { cwd: dir, encoding: 'utf8' });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /\.podlint\.yaml:1:\d+: .*kubernetesVersion/);
    assert.equal(existsSync(marker), false);
  });
});
