import { defineRule } from '../../engine/rule.js';
import { envVarName, envVarsOf } from './utils/env-vars.js';

export default defineRule({
  meta: {
    id: 'env/value-from-source-count',
    severity: 'error',
    origin: 'api-error',
    description: "An environment variable's valueFrom must name exactly one source.",
    fixable: false,
    containerFields: ['env'],
    source: 'validateEnvVarValueFrom (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateEnvVarValueFrom',
        type: 'Invalid',
      },
    ],
    messages: {
      none: 'valueFrom of environment variable {{name}} ({{owner}}) names no source, so the API server refuses the object (must specify one of fieldRef, resourceFieldRef, configMapKeyRef or secretKeyRef); add the source, or remove valueFrom and set value',
      several:
        'valueFrom of environment variable {{name}} ({{owner}}) names {{sources}}: only one source is allowed, so the API server refuses the object (may not have more than one field specified at a time); keep the one you meant',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const entry of envVarsOf(site)) {
          if (!entry.valueFrom) continue;
          const data = { name: envVarName(entry.envVar), owner: entry.owner };
          const path = [...entry.path, 'valueFrom'];
          if (entry.sources.length === 0) context.report({ resource, path, messageId: 'none', data });
          // With a literal value as well, the API server reports that instead (env/value-and-value-from).
          else if (entry.sources.length > 1 && (typeof entry.envVar.value !== 'string' || entry.envVar.value === '')) {
            context.report({
              resource,
              path,
              messageId: 'several',
              data: { ...data, sources: entry.sources.join(' and ') },
            });
          }
        }
      },
    };
  },
});
