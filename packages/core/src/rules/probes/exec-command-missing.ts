import { defineRule } from '../../engine/rule.js';
import { handlerSites } from '../../model/probes.js';
import { asArray } from '../../model/values.js';
import { describeHandler, validatedAction } from './utils/handlers.js';

export default defineRule({
  meta: {
    id: 'probes/exec-command-missing',
    severity: 'error',
    origin: 'api-error',
    description: 'An exec handler must have a non-empty command.',
    fixable: false,
    containerFields: ['livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle'],
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateExecAction' }],
    messages: {
      execCommandMissing:
        '{{handler}} runs exec without a command, so there is nothing to execute and the API server refuses the object (exec.command: Required value); set command to the program and its arguments, e.g. [cat, /tmp/healthy]',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const handler of handlerSites(site)) {
          const exec = validatedAction(handler, context.kubernetesVersion, 'exec');
          if (!exec || asArray(exec.action.command).length > 0) continue;
          context.report({
            resource,
            path: [...exec.path, 'command'],
            messageId: 'execCommandMissing',
            data: { handler: describeHandler(handler) },
          });
        }
      },
    };
  },
});
