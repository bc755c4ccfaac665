import { defineRule } from '../../engine/rule.js';
import { ENV_FIELD_PATHS } from '../../schema/downward-api-field-paths.js';
import { reportFieldRef } from '../factories/field-ref.js';
import { envVarName, envVarsOf } from './utils/env-vars.js';

export default defineRule({
  meta: {
    id: 'env/field-path-unsupported',
    severity: 'error',
    origin: 'api-error',
    description: "An environment variable's fieldRef.fieldPath must be a pod field the downward API exposes to env.",
    fixable: false,
    containerFields: ['env'],
    source: 'validateObjectFieldSelector (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateObjectFieldSelector',
        type: 'Invalid',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateObjectFieldSelector',
        type: 'NotSupported',
        field: 'fieldPath',
      },
    ],
    messages: {
      unknown:
        "fieldRef of environment variable {{name}} ({{owner}}) cannot be converted: {{detail}}, so the API server refuses the object; use one of {{allowed}}, or metadata.labels['KEY'] / metadata.annotations['KEY']",
      unsupported:
        "fieldRef of environment variable {{name}} ({{owner}}) reads {{fieldPath}}, which the downward API does not expose to environment variables, so the API server refuses the object (Unsupported value); use one of {{allowed}}, a single key such as metadata.labels['app'], or a downwardAPI volume for whole maps",
      subscript:
        'fieldRef of environment variable {{name}} ({{owner}}) reads the key of {{fieldPath}}, which is not a valid label or annotation key: {{reasons}}; the API server refuses the object',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const entry of envVarsOf(site)) {
          const owner = { name: envVarName(entry.envVar), owner: entry.owner };
          reportFieldRef(
            context,
            resource,
            entry.valueFrom?.fieldRef,
            [...entry.path, 'valueFrom', 'fieldRef'],
            ENV_FIELD_PATHS,
            owner,
          );
        }
      },
    };
  },
});
