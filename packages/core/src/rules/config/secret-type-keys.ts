import { defineRule } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import { asObject } from '../../model/values.js';

/** The keys each built-in Secret type requires: all of `all`, or at least one of `anyOf`. */
const REQUIRED_KEYS: Readonly<Record<string, { all?: readonly string[]; anyOf?: readonly string[] }>> = {
  'kubernetes.io/tls': { all: ['tls.crt', 'tls.key'] },
  'kubernetes.io/dockerconfigjson': { all: ['.dockerconfigjson'] },
  'kubernetes.io/dockercfg': { all: ['.dockercfg'] },
  'kubernetes.io/basic-auth': { anyOf: ['username', 'password'] },
  'kubernetes.io/ssh-auth': { all: ['ssh-privatekey'] },
};

const DOCKER_CONFIG_KEYS = new Set(['.dockercfg', '.dockerconfigjson']);
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** What json.Unmarshal into a map says of a Docker config: it must be a JSON object (or null). */
function dockerConfigProblem(value: unknown, inStringData: boolean): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Data that is not base64 is refused when decoding (schema/value-unparsable).
  if (!inStringData && !BASE64.test(value)) return undefined;
  const text = inStringData ? value : Buffer.from(value, 'base64').toString('utf8');
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed === null || (typeof parsed === 'object' && !Array.isArray(parsed))
      ? undefined
      : 'is JSON but not an object';
  } catch {
    return text.trim() === '' ? 'is empty' : 'is not JSON';
  }
}

export default defineRule({
  meta: {
    id: 'config/secret-type-keys',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Secret'],
    description:
      'A Secret of a built-in type must carry the keys its type requires (tls.crt and tls.key, .dockerconfigjson, …), Docker configs as JSON objects.',
    fixable: false,
    source: 'ValidateSecret (pkg/apis/core/validation)',
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateSecret', type: 'Required' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateSecret', type: 'Invalid' },
    ],
    messages: {
      missingKey:
        'a Secret of type {{type}} must have the key "{{key}}" in data or stringData, which its consumers read; the API server refuses the Secret without it',
      missingEither:
        'a Secret of type {{type}} must have "username" or "password" in data or stringData; the API server refuses it with neither',
      emptyKey:
        'a Secret of type {{type}} must have a non-empty "{{key}}"; the API server refuses the Secret with an empty one',
      notJson:
        'the {{key}} of a Secret of type {{type}} {{problem}}, but it must be a Docker config JSON object (as written by docker login), so the API server refuses the Secret',
      missingAnnotation:
        'a Secret of type kubernetes.io/service-account-token must name its ServiceAccount in the annotation kubernetes.io/service-account.name; the API server refuses it without one',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (resource.group !== '' || resource.kind !== 'Secret') return;
        const type = resource.object.type;
        if (typeof type !== 'string') return;
        const data = asObject(resource.object.data) ?? {};
        const stringData = asObject(resource.object.stringData) ?? {};
        const merged: Record<string, unknown> = { ...data, ...stringData };
        const has = (key: string): boolean => Object.prototype.hasOwnProperty.call(merged, key);
        const where: FieldPath =
          resource.object.data !== undefined || resource.object.stringData === undefined ? ['data'] : ['stringData'];
        if (type === 'kubernetes.io/service-account-token') {
          const name = asObject(asObject(resource.object.metadata)?.annotations)?.[
            'kubernetes.io/service-account.name'
          ];
          if (typeof name !== 'string' || name === '')
            context.report({
              resource,
              path: ['metadata', 'annotations', 'kubernetes.io/service-account.name'],
              messageId: 'missingAnnotation',
            });
          return;
        }
        const required = REQUIRED_KEYS[type];
        if (!required) return;
        if (required.anyOf && !required.anyOf.some(has)) {
          for (const key of required.anyOf)
            context.report({ resource, path: [...where, key], messageId: 'missingEither', data: { type } });
        }
        for (const key of required.all ?? []) {
          if (has(key) && DOCKER_CONFIG_KEYS.has(key)) {
            const inStringData = Object.prototype.hasOwnProperty.call(stringData, key);
            const problem = dockerConfigProblem(merged[key], inStringData);
            if (problem)
              context.report({
                resource,
                path: [inStringData ? 'stringData' : 'data', key],
                messageId: 'notJson',
                data: { type, key, problem },
              });
          }
          if (!has(key))
            context.report({ resource, path: [...where, key], messageId: 'missingKey', data: { type, key } });
          else if (type === 'kubernetes.io/ssh-auth' && (merged[key] === '' || merged[key] === null)) {
            context.report({
              resource,
              path: [Object.prototype.hasOwnProperty.call(stringData, key) ? 'stringData' : 'data', key],
              messageId: 'emptyKey',
              data: { type, key },
            });
          }
        }
      },
    };
  },
});
