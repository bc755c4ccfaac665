import { defineRule } from '../../engine/rule.js';
import { envVarName, envVarsOf } from './utils/env-vars.js';

export default defineRule({
  meta: {
    id: 'env/value-and-value-from',
    severity: 'error',
    origin: 'api-error',
    description: 'An environment variable may set value or valueFrom, not both.',
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
      both: 'environment variable {{name}} of {{owner}} sets both value and valueFrom ({{source}}): the API server cannot tell which one to use and refuses the object (valueFrom may not be specified when value is not empty); keep one of them',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const entry of envVarsOf(site)) {
          const value = entry.envVar.value;
          // With no source at all the API server reports the empty valueFrom instead (env/value-from-source-count).
          if (typeof value !== 'string' || value === '' || entry.sources.length === 0) continue;
          context.report({
            resource,
            path: [...entry.path, 'valueFrom'],
            messageId: 'both',
            data: { name: envVarName(entry.envVar), owner: entry.owner, source: entry.sources.join(', ') },
          });
        }
      },
    };
  },
});
