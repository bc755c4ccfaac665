import { defineRule } from '../../engine/rule.js';
import { nameProblems } from '../../schema/metadata-name.js';

export default defineRule({
  meta: {
    id: 'schema/metadata-name-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'metadata.name is missing, or not the kind of name the object’s kind requires (DNS subdomain, DNS label, path segment); or metadata.namespace is not a DNS label.',
    fixable: false,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateObjectMeta' },
      { package: 'k8s.io/apimachinery/pkg/api/validation', function: 'NameIsDNSSubdomain' },
      { package: 'k8s.io/apimachinery/pkg/api/validation', function: 'NameIsDNSLabel' },
      { package: 'k8s.io/kubernetes/pkg/apis/rbac/validation', function: 'ValidateRBACName' },
      // An IPAddress's name is read strictly (ValidateIPAddressName): leading zeros, IPv4-mapped, canonical form.
      { package: 'k8s.io/apimachinery/pkg/util/validation', function: 'IsValidIP' },
      { package: 'k8s.io/apimachinery/pkg/util/validation', function: 'parseIP' },
      { package: 'k8s.io/apimachinery/pkg/api/validation', function: 'ValidateObjectMetaAccessor', field: 'name' },
      {
        package: 'k8s.io/apimachinery/pkg/api/validation',
        function: 'ValidateObjectMetaAccessorWithOpts',
        field: 'name',
      },
      {
        package: 'k8s.io/apimachinery/pkg/api/validation',
        function: 'validateObjectMetaAccessorWithOptsCommon',
        type: 'Invalid',
        field: 'namespace',
      },
    ],
    messages: {
      metadataNameInvalid: '{{message}}',
    },
  },
  create(context) {
    return {
      input(resources) {
        for (const resource of resources) {
          for (const problem of nameProblems(
            resource,
            context.schema.kindStatus(resource),
            context.kubernetesVersion,
          )) {
            context.report({
              resource,
              path: problem.path,
              messageId: 'metadataNameInvalid',
              data: { message: problem.message },
            });
          }
        }
      },
    };
  },
});
