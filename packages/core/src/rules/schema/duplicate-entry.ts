import { defineRule } from '../../engine/rule.js';
import { reportSchemaProblems, SCHEMA_MESSAGES } from './report.js';

export default defineRule({
  meta: {
    id: 'schema/duplicate-entry',
    severity: 'error',
    origin: 'api-error',
    description: 'Two entries of a keyed list share their key: two containers or volumes with one name, two volume mounts at one path, …',
    help: [
      'Lists such as `containers`, `initContainers`, `volumes`, `volumeMounts` (by mount path) and webhook lists are maps keyed by a field (`x-kubernetes-list-map-keys`), and the API server rejects a second entry with the same key. podlint reports the later entry and names the earlier one.',
      '',
      'Bad:',
      '```yaml',
      'volumes:',
      '  - name: data',
      '    emptyDir: {}',
      '  - name: data',
      '    configMap: {name: settings}',
      '```',
      'Good:',
      '```yaml',
      'volumes:',
      '  - name: data',
      '    emptyDir: {}',
      '  - name: settings',
      '    configMap: {name: settings}',
      '```',
    ].join('\n'),
    fixable: false,
    messages: SCHEMA_MESSAGES,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateContainers' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateVolumes' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateVolumeMounts' },
    ],
  },
  create: reportSchemaProblems('duplicate-entry'),
});
