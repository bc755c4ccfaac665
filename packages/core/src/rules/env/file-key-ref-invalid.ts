import { defineRule } from '../../engine/rule.js';
import { hasBacksteps } from '../../model/file-paths.js';
import { asObject } from '../../model/values.js';
import { dns1123LabelErrors } from '../../schema/names.js';
import { envVarNameErrors } from './utils/env-var-names.js';
import { envVarName, envVarsOf } from './utils/env-vars.js';

const CORE = 'k8s.io/kubernetes/pkg/apis/core/validation';

/** validateFileKeySelector: each field's problem, or undefined. */
function fieldProblems(
  selector: Readonly<Record<string, unknown>>,
  version: Parameters<typeof envVarNameErrors>[1],
): Array<{ field: 'key' | 'volumeName' | 'path'; problem: string }> {
  const problems: Array<{ field: 'key' | 'volumeName' | 'path'; problem: string }> = [];
  const text = (field: string) => (typeof selector[field] === 'string' ? (selector[field] as string) : '');
  const key = text('key');
  if (key === '') problems.push({ field: 'key', problem: 'it is missing' });
  else for (const reason of envVarNameErrors(key, version)) problems.push({ field: 'key', problem: reason });
  const volumeName = text('volumeName');
  if (volumeName === '') problems.push({ field: 'volumeName', problem: 'it is missing' });
  else for (const reason of dns1123LabelErrors(volumeName)) problems.push({ field: 'volumeName', problem: reason });
  const path = text('path');
  if (path === '') problems.push({ field: 'path', problem: 'it is missing' });
  else if (hasBacksteps(path)) problems.push({ field: 'path', problem: "it must not contain '..'" });
  return problems;
}

export default defineRule({
  meta: {
    id: 'env/file-key-ref-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      "An environment variable's fileKeyRef needs a key (printable ASCII, no '='), a volumeName that is a DNS label and a path without '..'.",
    fixable: false,
    containerFields: ['env'],
    versions: { since: '1.35' },
    sources: [
      { package: CORE, function: 'validateFileKeySelector', type: 'Required' },
      { package: CORE, function: 'validateFileKeySelector', type: 'Invalid', field: 'key' },
    ],
    messages: {
      invalid:
        'fileKeyRef.{{field}} of environment variable {{variable}} ({{owner}}) is not valid: {{problem}}, so the API server refuses the object; {{fix}}',
    },
  },
  create(context) {
    const fixes = {
      key: 'name the variable as the file writes it',
      volumeName: 'name the emptyDir volume the file is written to',
      path: 'give the file path inside the volume',
    };
    return {
      podSpec(site, resource) {
        for (const entry of envVarsOf(site)) {
          const selector = asObject(entry.valueFrom?.fileKeyRef);
          if (!selector) continue;
          for (const { field, problem } of fieldProblems(selector, context.kubernetesVersion)) {
            context.report({
              resource,
              path: [...entry.path, 'valueFrom', 'fileKeyRef', field],
              messageId: 'invalid',
              data: { field, problem, variable: envVarName(entry.envVar), owner: entry.owner, fix: fixes[field] },
            });
          }
        }
      },
    };
  },
});
