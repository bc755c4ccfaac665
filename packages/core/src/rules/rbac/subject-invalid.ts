import { defineRule } from '../../engine/rule.js';
import { isBuiltin } from '../../model/builtin.js';
import { caseFix } from '../../model/fixes.js';
import { objectEntries, quoteList } from '../../model/values.js';
import { dns1123SubdomainErrors } from '../../schema/names.js';

const RBAC_GROUP = 'rbac.authorization.k8s.io';
const KINDS = ['ServiceAccount', 'User', 'Group'];

export default defineRule({
  meta: {
    id: 'rbac/subject-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['RoleBinding', 'ClusterRoleBinding'],
    description:
      'A binding subject is a ServiceAccount (a DNS-subdomain name, no apiGroup), a User or a Group (apiGroup rbac.authorization.k8s.io).',
    fixable: true,
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/rbac/validation',
        function: 'ValidateRoleBindingSubject',
        type: 'Invalid',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/rbac/validation',
        function: 'ValidateRoleBindingSubject',
        type: 'NotSupported',
      },
    ],
    messages: {
      kind: 'subject kind "{{value}}" is not {{allowed}}, so the API server refuses the binding',
      serviceAccountGroup:
        'a ServiceAccount subject has apiGroup "{{value}}", but ServiceAccounts are in the core group, so the API server refuses the binding; remove apiGroup',
      userGroup:
        'a {{kind}} subject has apiGroup "{{value}}", but users and groups are named in rbac.authorization.k8s.io, so the API server refuses the binding; remove apiGroup or set it to rbac.authorization.k8s.io',
      serviceAccountName:
        'ServiceAccount subject "{{value}}" is not a valid ServiceAccount name ({{reasons}}), so the API server refuses the binding',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, RBAC_GROUP, ['RoleBinding', 'ClusterRoleBinding'])) return;
        for (const [index, subject] of objectEntries(resource.object.subjects)) {
          const base = ['subjects', index];
          const { kind, apiGroup, name } = subject;
          if (typeof kind !== 'string') continue;
          // An empty apiGroup is defaulted to the one the kind needs.
          const group = typeof apiGroup === 'string' ? apiGroup : '';
          if (kind === 'ServiceAccount') {
            if (group !== '')
              context.report({
                resource,
                path: [...base, 'apiGroup'],
                messageId: 'serviceAccountGroup',
                data: { value: group },
              });
            const reasons = typeof name === 'string' && name !== '' ? dns1123SubdomainErrors(name) : [];
            if (reasons.length > 0)
              context.report({
                resource,
                path: [...base, 'name'],
                messageId: 'serviceAccountName',
                data: { value: String(name), reasons: reasons.join('; ') },
              });
          } else if (kind === 'User' || kind === 'Group') {
            if (group !== '' && group !== RBAC_GROUP)
              context.report({
                resource,
                path: [...base, 'apiGroup'],
                messageId: 'userGroup',
                data: { kind, value: group },
              });
          } else {
            const path = [...base, 'kind'];
            const fixed = caseFix(kind, KINDS, path, 'the subject kind');
            context.report({
              resource,
              path,
              messageId: 'kind',
              data: { value: kind, allowed: quoteList(KINDS) },
              ...(fixed ? { fix: fixed.fix } : {}),
            });
          }
        }
      },
    };
  },
});
