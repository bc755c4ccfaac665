import { defineRule } from '../../engine/rule.js';
import { asObject } from '../../model/values.js';
import { dns1123SubdomainErrors } from '../../schema/names.js';
import { configKeyErrors } from './utils/config-keys.js';
import { envVarName, envVarsOf } from './utils/env-vars.js';

/** The selectors of a variable's valueFrom that name an object and a key, and the kind they name. */
const SELECTOR_KINDS = { configMapKeyRef: 'ConfigMap', secretKeyRef: 'Secret' } as const;
const SELECTORS = Object.keys(SELECTOR_KINDS);

export default defineRule({
  meta: {
    id: 'env/key-ref-invalid',
    severity: 'error',
    origin: 'api-error',
    description: 'A configMapKeyRef or secretKeyRef must name a valid ConfigMap or Secret and a valid key.',
    fixable: false,
    containerFields: ['env'],
    source: 'validateConfigMapKeySelector, validateSecretKeySelector (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateConfigMapKeySelector',
        type: 'Invalid',
      },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateSecretKeySelector', type: 'Invalid' },
    ],
    messages: {
      name: '{{selector}} of environment variable {{variable}} ({{owner}}) names {{value}}, which no {{kind}} can be called: {{reasons}}; the API server refuses the object',
      key: '{{selector}} of environment variable {{variable}} ({{owner}}) reads key {{value}}, which no {{kind}} can have: {{reasons}}; the API server refuses the object',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const entry of envVarsOf(site)) {
          // Most variables have no valueFrom: no selector is looked for.
          if (entry.valueFrom === undefined) continue;
          for (let at = 0; at < SELECTORS.length; at++) {
            const selectorName = SELECTORS[at] as keyof typeof SELECTOR_KINDS;
            const kind = SELECTOR_KINDS[selectorName];
            const selector = asObject(entry.valueFrom[selectorName]);
            if (!selector) continue;
            const path = [...entry.path, 'valueFrom', selectorName];
            const base = { selector: selectorName, variable: envVarName(entry.envVar), owner: entry.owner, kind };
            // Empty names and keys are schema/required's findings.
            if (typeof selector.name === 'string' && selector.name !== '') {
              const reasons = dns1123SubdomainErrors(selector.name);
              if (reasons.length)
                context.report({
                  resource,
                  path: [...path, 'name'],
                  messageId: 'name',
                  data: { ...base, value: JSON.stringify(selector.name), reasons: reasons.join('; ') },
                });
            }
            if (typeof selector.key === 'string' && selector.key !== '') {
              const reasons = configKeyErrors(selector.key);
              if (reasons.length)
                context.report({
                  resource,
                  path: [...path, 'key'],
                  messageId: 'key',
                  data: { ...base, value: JSON.stringify(selector.key), reasons: reasons.join('; ') },
                });
            }
          }
        }
      },
    };
  },
});
