import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../engine/lint.js';

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          ports: [{name: http, containerPort: 8080}]
`;
const service = `apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports: [{port: 80, targetPort: web-port}]
`;

const targetFindings = (serviceFile: string): string[] =>
  lint([
    { file: 'apps/web/deployment.yaml', text: deployment },
    { file: serviceFile, text: service },
  ])
    .files.flatMap((file) => file.findings)
    .filter((finding) => finding.ruleId === 'ports/service-target-port-missing')
    .map((finding) => finding.path);

describe('ServiceIndex', () => {
  it('pairs a Service with the workloads of its own folder', () => {
    assert.deepEqual(targetFindings('apps/web/service.yaml'), ['spec.ports[0].targetPort']);
  });

  it('does not pair a Service with a workload of another folder that happens to share labels', () => {
    assert.deepEqual(targetFindings('apps/other/service.yaml'), []);
  });
});
