import { defineRule } from '../../engine/rule.js';
import { isBuiltin } from '../../model/builtin.js';
import { asObject } from '../../model/values.js';

/** The Job name limit (63) minus the 11 characters of the `-<timestamp>` suffix the controller appends. */
const MAX_CRONJOB_NAME = 52;

export default defineRule({
  meta: {
    id: 'cronjob/name-too-long',
    severity: 'error',
    origin: 'api-error',
    kinds: ['CronJob'],
    description: 'A CronJob name must be at most 52 characters, so the Jobs it creates have valid names.',
    fixable: false,
    source: 'ValidateCronJobCreate (pkg/apis/batch/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/batch/validation',
        function: 'ValidateCronJobCreate',
        type: 'Invalid',
        field: 'name',
      },
    ],
    messages: {
      tooLong:
        'CronJob name "{{name}}" is {{length}} characters long; the limit is 52, because each Job it creates is named "<name>-<11-character timestamp>" and Job names stop at 63; the API server refuses it: shorten the name',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, 'batch', ['CronJob'])) return;
        const name = asObject(resource.object.metadata)?.name;
        if (typeof name !== 'string' || name.length <= MAX_CRONJOB_NAME) return;
        context.report({
          resource,
          path: ['metadata', 'name'],
          messageId: 'tooLong',
          data: { name, length: name.length },
        });
      },
    };
  },
});
