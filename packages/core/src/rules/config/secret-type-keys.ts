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

export default defineRule({
  meta: {
    id: 'config/secret-type-keys',
    severity: 'error',
    origin: 'api-error',
    description:
      'A Secret of a built-in type must carry the keys its type requires (tls.crt and tls.key, .dockerconfigjson, …).',
    fixable: false,
    source: 'ValidateSecret (pkg/apis/core/validation)',
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateSecret', type: 'Required' }],
    messages: {
      missingKey:
        'a Secret of type {{type}} must have the key "{{key}}" in data or stringData, which its consumers read; the API server refuses the Secret without it',
      missingEither:
        'a Secret of type {{type}} must have "username" or "password" in data or stringData; the API server refuses it with neither',
      emptyKey:
        'a Secret of type {{type}} must have a non-empty "{{key}}"; the API server refuses the Secret with an empty one',
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
