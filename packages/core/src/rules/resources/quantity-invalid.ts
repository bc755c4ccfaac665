import { compareVersions } from '../../release/versions.js';
import { defineRule } from '../../engine/rule.js';
import { parseQuantity } from '../../model/quantity.js';
import { requirementsOf, isHugePagesResource, isNativeResource, quantityText } from './utils/requirements.js';

/** Quantity.MilliValue: the value in thousandths, rounded up. */
function milliValue(value: { numerator: bigint; denominator: bigint }): bigint {
  const scaled = value.numerator * 1000n;
  const quotient = scaled / value.denominator;
  return scaled % value.denominator > 0n ? quotient + 1n : quotient;
}

/** Quantity.Value: the value rounded up to an integer. */
function integerValue(value: { numerator: bigint; denominator: bigint }): bigint {
  const quotient = value.numerator / value.denominator;
  return value.numerator % value.denominator > 0n ? quotient + 1n : quotient;
}

/** helper.IsExtendedResourceName, for names that are already valid resource names. */
function isExtendedResource(name: string): boolean {
  return !isNativeResource(name) && !name.startsWith('requests.');
}

export default defineRule({
  meta: {
    id: 'resources/quantity-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'A request or limit must not be negative; extended resources are whole numbers; huge pages are a multiple of their page size.',
    fixable: false,
    podSpecFields: ['resources'],
    containerFields: ['resources'],
    source: 'ValidateResourceQuantityValue, validateResourceQuantityHugePageValue (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'ValidateResourceQuantityValue',
        type: 'Invalid',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'ValidateNonnegativeQuantity',
        type: 'Invalid',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateResourceRequirements',
        type: 'Invalid',
      },
    ],
    messages: {
      negative: '{{owner}} {{list}} {{value}} of {{resource}}, which is negative, so the API server refuses the object',
      fraction:
        '{{owner}} {{list}} {{value}} of {{resource}}, but an extended resource is counted in whole devices, so the API server refuses the fraction (must be an integer)',
      pages:
        '{{owner}} {{list}} {{value}} of {{resource}}, which is not a whole number of {{pageSize}} pages, so the API server refuses the object',
    },
  },
  create(context) {
    const podLevel = compareVersions(context.kubernetesVersion, '1.34') >= 0;
    return {
      podSpec(site, resource) {
        for (const requirements of requirementsOf(site, podLevel)) {
          for (const list of ['limits', 'requests'] as const) {
            for (const [name, raw] of Object.entries(requirements[list])) {
              const value = parseQuantity(raw);
              // An unparsable quantity is schema/format's finding.
              if (!value) continue;
              const data = {
                owner: requirements.owner,
                list: list === 'limits' ? 'limits' : 'requests',
                resource: name,
                value: quantityText(raw),
              };
              const path = [...requirements.path, list, name];
              if (value.numerator < 0n) {
                context.report({ resource, path, messageId: 'negative', data });
                continue;
              }
              if (isExtendedResource(name) && milliValue(value) % 1000n !== 0n)
                context.report({ resource, path, messageId: 'fraction', data });
              if (isHugePagesResource(name)) {
                const pageSize = parseQuantity(name.slice('hugepages-'.length));
                const pageBytes = pageSize ? integerValue(pageSize) : 0n;
                if (pageBytes > 0n && integerValue(value) % pageBytes !== 0n)
                  context.report({
                    resource,
                    path,
                    messageId: 'pages',
                    data: { ...data, pageSize: name.slice('hugepages-'.length) },
                  });
              }
            }
          }
        }
      },
    };
  },
});
