// Writes a folder of clean manifests of about `megabytes` MB (the bench's memory figure): apps of
// one folder each, a Deployment and a Service per file with a ConfigMap of settings, so podlint
// reads many files and reports little, as on a large repository that passes its CI.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILES_PER_FOLDER = 50;

export function writeBigFolder(folder, megabytes) {
  const target = megabytes * 1024 * 1024;
  let written = 0;
  for (let app = 0; written < target; app++) {
    const dir = join(folder, `team-${Math.floor(app / 20)}`, `app-${app}`);
    mkdirSync(dir, { recursive: true });
    for (let file = 0; file < FILES_PER_FOLDER && written < target; file++) {
      const text = manifest(`app-${app}-${file}`);
      writeFileSync(join(dir, `service-${file}.yaml`), text);
      written += text.length;
    }
  }
  return written;
}

function manifest(name) {
  const settings = Array.from({ length: 60 }, (_, i) => `  setting_${i}: "value ${i} of ${name}"`).join('\n');
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}-settings
  labels: {app: ${name}}
data:
${settings}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  labels: {app: ${name}}
spec:
  replicas: 2
  selector:
    matchLabels: {app: ${name}}
  template:
    metadata:
      labels: {app: ${name}}
    spec:
      securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
      containers:
        - name: app
          image: registry.example.com/${name}:1.4.2
          ports: [{name: http, containerPort: 8080}]
          envFrom: [{configMapRef: {name: ${name}-settings}}]
          resources:
            requests: {cpu: 100m, memory: 128Mi}
            limits: {memory: 256Mi}
          readinessProbe: {httpGet: {path: /ready, port: http}}
          livenessProbe: {httpGet: {path: /healthz, port: http}}
          securityContext: {allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: {drop: [ALL]}}
---
apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
  selector: {app: ${name}}
  ports: [{name: http, port: 80, targetPort: http}]
`;
}
