import { defineRule } from '../../engine/rule.js';
import { asInteger } from '../../model/builtin.js';
import type { FieldPath } from '../../model/path.js';
import { asObject, goString, isSet } from '../../model/values.js';
import { dns1123SubdomainErrors } from '../../schema/names.js';
import { ADMISSION_VALIDATION, webhooks } from './utils/admission.js';

const WEBHOOK_VALIDATION = 'k8s.io/apiserver/pkg/util/webhook';

/**
 * What the API server refuses in a webhook URL, read the way Go's url.Parse splits it. Only what is
 * certain is reported: a scheme other than https, no host, user information, a query or a fragment.
 */
function urlProblems(url: string): string[] {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url)?.[1];
  if (scheme === undefined || scheme.toLowerCase() !== 'https')
    return ["'https' is the only allowed URL scheme (desired format: https://host[/path])"];
  const rest = url.slice(scheme.length + 1);
  if (!rest.startsWith('//')) return ['host must be specified (desired format: https://host[/path])'];
  const afterSlashes = rest.slice(2);
  const authority = afterSlashes.split(/[/?#]/, 1)[0] ?? '';
  const problems: string[] = [];
  if (authority.includes('@')) problems.push('user information is not permitted in the URL');
  else if (authority === '') problems.push('host must be specified (desired format: https://host[/path])');
  const hash = url.indexOf('#');
  if (hash >= 0 && hash < url.length - 1) problems.push('fragments are not permitted in the URL');
  const query = hash >= 0 ? url.slice(0, hash) : url;
  const questionMark = query.indexOf('?');
  if (questionMark >= 0 && questionMark < query.length - 1)
    problems.push('query parameters are not permitted in the URL');
  return problems;
}

/** ValidateWebhookService's path check: "/" or "/segment/…", each segment a DNS subdomain. */
function servicePathProblems(path: string): string[] {
  if (path === '/' || path === '') return [];
  if (path === '//') return ['segment[0] may not be empty'];
  const problems: string[] = [];
  if (!path.startsWith('/')) problems.push("must start with a '/'");
  let toCheck = path.slice(1);
  if (toCheck.endsWith('/')) toCheck = toCheck.slice(0, -1);
  toCheck.split('/').forEach((segment, index) => {
    if (segment === '') problems.push(`segment[${index}] may not be empty`);
    else problems.push(...dns1123SubdomainErrors(segment).map((reason) => `segment[${index}]: ${reason}`));
  });
  return problems;
}

export default defineRule({
  meta: {
    id: 'admission/client-config-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      "A webhook's clientConfig needs exactly one of url (https, with a host, no user, query or fragment) or service (name, namespace, a valid port and path).",
    fixable: false,
    kinds: ['ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration'],
    sources: [
      { package: ADMISSION_VALIDATION, function: 'validateValidatingWebhook', field: 'clientConfig' },
      { package: ADMISSION_VALIDATION, function: 'validateMutatingWebhook', field: 'clientConfig' },
      { package: WEBHOOK_VALIDATION, function: 'ValidateWebhookURL' },
      { package: WEBHOOK_VALIDATION, function: 'ValidateWebhookService' },
    ],
    messages: {
      exactlyOne:
        'clientConfig has {{which}}, so the API server does not know where to call the webhook and refuses it (exactly one of url or service is required); keep {{advice}}',
      url: 'url {{value}} is refused by the API server: {{reasons}}; write an https URL such as "https://policy.example.com/validate"',
      serviceRequired:
        'the webhook service has no {{field}}, so the API server refuses the webhook; add the {{field}} of the Service that serves it',
      port: 'service port {{value}} is not a port number (1–65535), so the API server refuses the webhook; use the Service port, or leave it out for 443',
      path: 'service path {{value}} is refused by the API server: {{reasons}}; write a path such as "/validate"',
    },
  },
  create(context) {
    return {
      resource(resource) {
        for (const { webhook, path } of webhooks(resource)) {
          const config = isSet(webhook.clientConfig) ? asObject(webhook.clientConfig) : {};
          if (!config) continue;
          const configPath: FieldPath = [...path, 'clientConfig'];
          const hasUrl = isSet(config.url);
          const hasService = isSet(config.service);
          if (hasUrl === hasService) {
            context.report({
              resource,
              path: configPath,
              messageId: 'exactlyOne',
              data: {
                which: hasUrl ? 'both url and service' : 'neither url nor service',
                advice: hasUrl
                  ? 'only one of them'
                  : 'add service: {name, namespace, path} for a webhook in the cluster, or url: https://… for one outside',
              },
            });
            continue;
          }
          if (hasUrl) {
            const url = config.url;
            if (typeof url !== 'string') continue;
            const reasons = urlProblems(url);
            if (reasons.length > 0)
              context.report({
                resource,
                path: [...configPath, 'url'],
                messageId: 'url',
                data: { value: JSON.stringify(url), reasons: reasons.join('; ') },
              });
            continue;
          }
          const service = asObject(config.service);
          if (!service) continue;
          const servicePath = [...configPath, 'service'];
          // The API server swaps the two in its error paths (a missing namespace is reported at
          // service.name), so podlint reports both at the service, which holds either path.
          for (const field of ['name', 'namespace'] as const)
            if (goString(service[field]) === '')
              context.report({ resource, path: servicePath, messageId: 'serviceRequired', data: { field } });
          const port = asInteger(service.port);
          if (port !== undefined && (port < 1 || port > 65535))
            context.report({ resource, path: [...servicePath, 'port'], messageId: 'port', data: { value: port } });
          const urlPath = service.path;
          if (typeof urlPath === 'string') {
            const reasons = servicePathProblems(urlPath);
            if (reasons.length > 0)
              context.report({
                resource,
                path: [...servicePath, 'path'],
                messageId: 'path',
                data: { value: JSON.stringify(urlPath), reasons: reasons.join('; ') },
              });
          }
        }
      },
    };
  },
});
