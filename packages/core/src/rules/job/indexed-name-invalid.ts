import { defineRule } from '../../engine/rule.js';
import { isBuiltin } from '../../model/builtin.js';
import { asObject } from '../../model/values.js';
import { dns1123LabelErrors } from '../../schema/names.js';
import { isIndexed, jobSpecOf } from './utils/job-specs.js';

export default defineRule({
  meta: {
    id: 'job/indexed-name-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Job'],
    description:
      'An Indexed Job’s name, with "-" and its highest index appended, must be a DNS label: its pods’ hostnames are built that way.',
    fixable: false,
    createOnly: true,
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/batch/validation', function: 'validateNameAllowsCompletions' }],
    messages: {
      invalid:
        'the last pod of this Indexed Job would get the hostname "{{hostname}}", which is not a DNS label ({{reasons}}), so the API server refuses the Job; shorten the name (or drop its dots) to leave room for "-{{index}}"',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, 'batch', ['Job'])) return;
        const site = jobSpecOf(resource);
        const name = asObject(resource.object.metadata)?.name;
        const completions = site?.spec.completions;
        if (!site || !isIndexed(site.spec) || typeof name !== 'string' || name === '') return;
        if (typeof completions !== 'number' || !Number.isInteger(completions) || completions <= 0) return;
        const hostname = `${name}-${completions - 1}`;
        const reasons = dns1123LabelErrors(hostname);
        if (reasons.length === 0) return;
        context.report({
          resource,
          path: ['metadata', 'name'],
          messageId: 'invalid',
          data: { hostname, reasons: reasons.join('; '), index: completions - 1 },
          related: [{ path: [...site.path, 'completions'], message: 'the number of indexes' }],
        });
      },
    };
  },
});
