import { defineRule } from '../../engine/rule.js';
import { handlerSites } from '../../model/probes.js';
import { objectEntries } from '../../model/values.js';
import { describeHandler, validatedAction } from './utils/handlers.js';

const HEADER_NAME = /^[-A-Za-z0-9]+$/;

export default defineRule({
  meta: {
    id: 'probes/http-header-name-invalid',
    severity: 'error',
    origin: 'api-error',
    description: "An httpGet header name must consist of letters, digits and '-'.",
    fixable: false,
    containerFields: ['livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle'],
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateHTTPGetAction' },
      { package: 'k8s.io/apimachinery/pkg/util/validation', function: 'IsHTTPHeaderName' },
    ],
    messages: {
      headerNameEmpty:
        "{{handler}} sends a header without a name, which the API server refuses (a valid HTTP header must consist of alphanumeric characters or '-'); name the header or remove the entry",
      headerNameInvalid:
        "{{handler}} sends the header {{name}}, which the API server refuses: a valid HTTP header must consist of alphanumeric characters or '-' (e.g. 'X-Header-Name'); rename it, e.g. {{stringify}}",
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const handler of handlerSites(site)) {
          const http = validatedAction(handler, context.kubernetesVersion, 'httpGet');
          if (!http) continue;
          for (const [index, header] of objectEntries(http.action.httpHeaders)) {
            const name = header.name === undefined || header.name === null ? '' : header.name;
            if (typeof name !== 'string' || HEADER_NAME.test(name)) continue;
            context.report({
              resource,
              // The API server reports `httpGet.httpHeaders` without the index; podlint points at the name.
              path: [...http.path, 'httpHeaders', index, 'name'],
              ...(name === ''
                ? { messageId: 'headerNameEmpty', data: { handler: describeHandler(handler) } }
                : {
                    messageId: 'headerNameInvalid',
                    data: {
                      handler: describeHandler(handler),
                      name: JSON.stringify(name),
                      stringify: JSON.stringify(
                        name.replace(/[^-A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'X-Header',
                      ),
                    },
                  }),
            });
          }
        }
      },
    };
  },
});
