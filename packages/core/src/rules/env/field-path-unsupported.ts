import { defineRule } from '../../engine/rule.js';
import { asObject, quoteList } from '../../model/values.js';
import { ENV_FIELD_PATHS, fieldPathProblem } from '../../schema/downward-api-field-paths.js';
import { envVarName, envVarsOf } from './utils/env-vars.js';

export default defineRule({
  meta: {
    id: 'env/field-path-unsupported',
    severity: 'error',
    origin: 'api-error',
    description: "An environment variable's fieldRef.fieldPath must be a pod field the downward API exposes to env.",
    fixable: false,
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
          const fieldRef = asObject(entry.valueFrom?.fieldRef);
          if (!fieldRef) continue;
          const apiVersion = fieldRef.apiVersion ?? 'v1';
          const fieldPath = fieldRef.fieldPath;
          // Empty or mistyped values are Required or type errors that the schema rules report.
          if (typeof apiVersion !== 'string' || typeof fieldPath !== 'string' || fieldPath === '') continue;
          const problem = fieldPathProblem(apiVersion === '' ? 'v1' : apiVersion, fieldPath, ENV_FIELD_PATHS);
          if (!problem) continue;
          const refPath = [...entry.path, 'valueFrom', 'fieldRef'];
          const data = {
            name: envVarName(entry.envVar),
            owner: entry.owner,
            fieldPath: JSON.stringify(fieldPath),
            allowed: quoteList(ENV_FIELD_PATHS),
          };
          if (problem.kind === 'subscript')
            context.report({
              resource,
              path: refPath,
              messageId: 'subscript',
              data: { ...data, reasons: problem.reasons.join('; ') },
            });
          else if (problem.kind === 'unknown')
            context.report({
              resource,
              path: [...refPath, 'fieldPath'],
              messageId: 'unknown',
              data: { ...data, detail: problem.detail },
            });
          else context.report({ resource, path: [...refPath, 'fieldPath'], messageId: 'unsupported', data });
        }
      },
    };
  },
});
