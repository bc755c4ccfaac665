import { defineRule } from '../../engine/rule.js';
import { reportSchemaProblems, SCHEMA_MESSAGES } from './report.js';

export default defineRule({
  meta: {
    id: 'schema/unknown-field',
    severity: 'error',
    origin: 'api-error',
    description: 'A field the object’s schema does not have (a typo, a field of another release, or a YAML 1.1 key).',
    help: [
      'The API server decodes manifests strictly: `kubectl apply` (field validation `Strict`, the default) rejects an object with a field its type does not have. Lenient clients silently drop the field and everything under it, so a misspelt `livenesProbe:` quietly removes the probe. podlint names the closest known field, and says when the field exists only in other Kubernetes releases than the one you target (`--kubernetes-version`).',
      '',
      'Bad:',
      '```yaml',
      'containers:',
      '  - name: web',
      '    image: nginx:1.27',
      '    livenesProbe:',
      '      httpGet: {path: /healthz, port: 80}',
      '```',
      'Good:',
      '```yaml',
      'containers:',
      '  - name: web',
      '    image: nginx:1.27',
      '    livenessProbe:',
      '      httpGet: {path: /healthz, port: 80}',
      '```',
    ].join('\n'),
    fixable: false,
    messages: SCHEMA_MESSAGES,
    sources: [
      { package: 'sigs.k8s.io/json', function: 'UnmarshalStrict' },
    ],
  },
  create: reportSchemaProblems('unknown-field'),
});
