import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LanguageService, looksLikeManifest } from './service.js';
import { cursorContext } from './service/yaml-context.js';

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      restartPolicy: 
      topologySpreadConstraints:
        - maxSkew: 1
          whenUnsatisfiable: 
      containers:
        - name: web
          image: nginx:1.27
          
          ports:
            - containerPort: 8080
              protocol: TCP
`;

describe('cursorContext', () => {
  it('reads the path to the cursor from indentation, list items included, in half-typed text', () => {
    assert.deepEqual(cursorContext(deployment, 17, 10).parent, ['spec', 'template', 'spec', 'containers', 0]);
    assert.deepEqual(cursorContext(deployment, 20, 14).parent, [
      'spec',
      'template',
      'spec',
      'containers',
      0,
      'ports',
      0,
    ]);
    const value = cursorContext(deployment, 11, 21);
    assert.deepEqual([value.parent, value.key, value.inValue], [['spec', 'template', 'spec'], 'restartPolicy', true]);
    assert.deepEqual([value.apiVersion, value.kind], ['apps/v1', 'Deployment']);
  });

  it('stays within its document of a multi-document file', () => {
    const text = `apiVersion: v1\nkind: Service\n---\n${deployment}`;
    const context = cursorContext(text, 3 + 17, 10);
    assert.deepEqual([context.kind, context.parent], ['Deployment', ['spec', 'template', 'spec', 'containers', 0]]);
  });
});

describe('LanguageService', () => {
  const service = new LanguageService();
  const labels = (line: number, character: number, text = deployment): string[] =>
    service.completion(text, { line, character }, {}).map((item) => String(item.label));

  it('completes the closed values of restartPolicy, whenUnsatisfiable and protocol', () => {
    assert.deepEqual(labels(11, 21), ['Always', 'Never', 'OnFailure']);
    assert.deepEqual(labels(14, 29), ['DoNotSchedule', 'ScheduleAnyway']);
    assert.deepEqual(labels(21, 24), ['SCTP', 'TCP', 'UDP']);
  });

  it('puts a space before a value completed right after the colon', () => {
    const items = service.completion(
      'apiVersion: v1\nkind: Pod\nspec:\n  restartPolicy:\n',
      { line: 3, character: 16 },
      {},
    );
    assert.equal(items.find((item) => item.label === 'Never')?.insertText, ' Never');
    assert.equal(
      service.completion(deployment, { line: 11, character: 21 }, {}).find((item) => item.label === 'Never')
        ?.insertText,
      undefined,
    );
  });

  it('completes the keys of a container, with snippets, and none that this release lacks', () => {
    const items = service.completion(deployment, { line: 17, character: 10 }, { kubernetesVersion: '1.29' });
    const names = items.map((item) => item.label);
    assert.ok(names.includes('imagePullPolicy') && names.includes('livenessProbe'));
    assert.ok(!names.includes('restartPolicyRules'), 'restartPolicyRules came after 1.29');
    assert.equal(
      items.find((item) => item.label === 'ports')?.insertText,
      'ports:\n            - name: ${1:http}\n              containerPort: ${2:8080}$0',
    );
  });

  it('completes apiVersion and kind pairs the release serves', () => {
    const apiVersions = labels(0, 12, 'apiVersion: \n');
    assert.ok(apiVersions.includes('apps/v1') && !apiVersions.includes('extensions/v1beta1'));
    assert.ok(labels(1, 6, 'apiVersion: apps/v1\nkind: \n').includes('StatefulSet'));
  });

  it('hovers on a key with its description, type and releases', () => {
    const hover = service.hover(deployment, { line: 13, character: 12 }, [], {});
    const value = (hover?.contents as { value: string } | undefined)?.value ?? '';
    assert.match(value, /\*\*maxSkew\*\*: `integer \(int32\)` \(required\)/);
    assert.match(value, /Exists in Kubernetes 1\.29–1\.37/);
  });

  it('offers no comment-based suppressions in JSON, where comments do not exist', () => {
    const json =
      '{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": [{"name": "c", "image": "i", "ports": [{"containerPort": 80, "protocol": "tcp"}]}]}}';
    const diagnostics = service.diagnose('file:///p.json', json, {});
    const protocol = diagnostics.filter((diagnostic) => diagnostic.code === 'ports/protocol-unsupported');
    assert.equal(protocol.length, 1);
    const titles = service.codeActions('file:///p.json', json, protocol, undefined, {}).map((action) => action.title);
    assert.deepEqual(titles, ['Change the protocol to TCP', 'Show documentation for ports/protocol-unsupported']);
  });

  it('lints only texts that look like manifests', () => {
    assert.ok(looksLikeManifest(deployment));
    assert.ok(looksLikeManifest('{\n  "apiVersion": "v1"\n}'));
    assert.ok(!looksLikeManifest('name: CI\non: push\njobs: {}\n'));
  });
});
