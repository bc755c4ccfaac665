import { defineRule } from '../../engine/rule.js';
import { asObject, goString } from '../../model/values.js';
import { dns1123SubdomainErrors } from '../../schema/names.js';
import { FLOWCONTROL_VALIDATION, flowSchemaSpec } from './utils/flowcontrol.js';

export default defineRule({
  meta: {
    id: 'flowcontrol/priority-level-reference-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['FlowSchema'],
    description: 'A FlowSchema must name a priority level, with a valid PriorityLevelConfiguration name.',
    fixable: false,
    sources: [{ package: FLOWCONTROL_VALIDATION, function: 'ValidateFlowSchemaSpec', field: 'name' }],
    messages: {
      required:
        'the FlowSchema names no priority level, so the API server refuses it (must reference a priority level); set spec.priorityLevelConfiguration.name to the name of a PriorityLevelConfiguration',
      invalid:
        'priority level name {{value}} is not a valid PriorityLevelConfiguration name ({{reasons}}), so the API server refuses the FlowSchema; write the name of an existing priority level',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const spec = flowSchemaSpec(resource);
        if (!spec) return;
        const name = goString(asObject(spec.priorityLevelConfiguration)?.name ?? '');
        const path = ['spec', 'priorityLevelConfiguration', 'name'];
        if (name === undefined) return;
        if (name === '') {
          context.report({ resource, path, messageId: 'required' });
          return;
        }
        const reasons = dns1123SubdomainErrors(name);
        if (reasons.length > 0)
          context.report({
            resource,
            path,
            messageId: 'invalid',
            data: { value: JSON.stringify(name), reasons: reasons.join('; ') },
          });
      },
    };
  },
});
