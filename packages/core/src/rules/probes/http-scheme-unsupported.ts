import { defineRule } from '../../engine/rule.js';
import { caseFix } from '../../model/fixes.js';
import { handlerSites } from '../../model/probes.js';
import { describeHandler, validatedAction } from './utils/handlers.js';

const SUPPORTED = ['HTTP', 'HTTPS'];

export default defineRule({
  meta: {
    id: 'probes/http-scheme-unsupported',
    severity: 'error',
    origin: 'api-error',
    description: 'An httpGet scheme must be exactly HTTP or HTTPS.',
    fixable: true,
    containerFields: ['livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle'],
    reportsSchemaProblems: [{ problems: ['enum'], field: 'core.v1.HTTPGetAction.scheme' }],
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateHTTPGetAction' }],
    messages: {
      httpSchemeUnsupported:
        '{{handler}} uses scheme {{scheme}}, which the API server refuses: it accepts exactly "HTTP" or "HTTPS" (case-sensitive){{advice}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const handler of handlerSites(site)) {
          const http = validatedAction(handler, context.kubernetesVersion, 'httpGet');
          if (!http) continue;
          const scheme = http.action.scheme;
          // Absent, null and "" are defaulted to HTTP; other types never get past the decoder.
          if (typeof scheme !== 'string' || scheme === '' || SUPPORTED.includes(scheme)) continue;
          const path = [...http.path, 'scheme'];
          const fixed = caseFix(scheme, SUPPORTED, path, 'the scheme');
          context.report({
            resource,
            path,
            messageId: 'httpSchemeUnsupported',
            data: {
              handler: describeHandler(handler),
              scheme: JSON.stringify(scheme),
              advice: fixed ? `; write "${fixed.value}"` : '; use "HTTP", or "HTTPS" for a TLS endpoint',
            },
            fix: fixed?.fix,
          });
        }
      },
    };
  },
});
