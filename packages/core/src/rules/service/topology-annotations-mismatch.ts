import { defineRule } from '../../engine/rule.js';
import { asObject, preview } from '../../model/values.js';
import { serviceView } from './utils/service-spec.js';

const MODE = 'service.kubernetes.io/topology-mode';
const HINTS = 'service.kubernetes.io/topology-aware-hints';

export default defineRule({
  meta: {
    id: 'service/topology-annotations-mismatch',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Service'],
    description: `When a Service has both ${MODE} and the older ${HINTS} annotation, they must be equal.`,
    help: `\`${MODE}\` (for example \`Auto\`) replaced \`${HINTS}\`. A Service with both,
set to different values, asks for two routing modes, and the API server refuses it
(\`validateService\`: must match \`${HINTS}\` when both are specified).

Remove \`${HINTS}\` and keep \`${MODE}\`.`,
    fixable: false,
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateService',
        type: 'Invalid',
        field: 'annotations',
      },
    ],
    messages: {
      mismatch: `${MODE} is {{mode}} but ${HINTS} is {{hints}}; the API server refuses the Service (must match annotations[${HINTS}] when both are specified); remove the older ${HINTS} annotation`,
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!serviceView(resource)) return;
        const annotations = asObject(asObject(resource.object.metadata)?.annotations);
        const mode = annotations?.[MODE];
        const hints = annotations?.[HINTS];
        if (typeof mode !== 'string' || typeof hints !== 'string' || mode === hints) return;
        context.report({
          resource,
          path: ['metadata', 'annotations', MODE],
          messageId: 'mismatch',
          data: { mode: preview(mode), hints: preview(hints) },
        });
      },
    };
  },
});
