import { defineRule } from '../../engine/rule.js';
import { asInteger, isBuiltin } from '../../model/builtin.js';
import type { Resource } from '../../model/resource.js';

const APPS = 'k8s.io/kubernetes/pkg/apis/apps/validation';

export default defineRule({
  meta: {
    id: 'workload/controller-revision-invalid',
    severity: 'error',
    origin: 'api-error',
    description: 'A ControllerRevision carries its data as a JSON object, and its revision number is not negative.',
    fixable: false,
    sources: [{ package: APPS, function: 'ValidateControllerRevisionCreate' }],
    messages: {
      revision: 'revision is {{value}}, but revisions count from 0, so the API server refuses the ControllerRevision',
      data: 'data {{problem}}, but a ControllerRevision stores its revision as a JSON object, so the API server refuses it',
    },
  },
  create(context) {
    const updated = new Set<Resource>();
    return {
      update(pair) {
        updated.add(pair.new);
      },
      input(resources) {
        for (const resource of resources) {
          if (!isBuiltin(resource, 'apps', ['ControllerRevision'])) continue;
          const revision = asInteger(resource.object.revision);
          if (revision !== undefined && revision < 0)
            context.report({ resource, path: ['revision'], messageId: 'revision', data: { value: revision } });
          // Data is immutable on update (immutable/controller-revision-data-changed); its form is checked on create.
          if (updated.has(resource)) continue;
          const data = resource.object.data;
          const problem =
            data === undefined || data === null
              ? 'is missing'
              : typeof data !== 'object' || Array.isArray(data)
                ? 'is not an object'
                : undefined;
          if (problem) context.report({ resource, path: ['data'], messageId: 'data', data: { problem } });
        }
      },
    };
  },
});
