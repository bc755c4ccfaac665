import { defineRule } from '../../engine/rule.js';
import { asObject, preview } from '../../model/values.js';

const SOURCE = { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateOS' } as const;
const OS_NAMES = ['linux', 'windows'];

export default defineRule({
  meta: {
    id: 'pod/os-name-invalid',
    severity: 'error',
    origin: 'api-error',
    description: "A pod's os, when set, needs a name: linux or windows.",
    fixable: true,
    podSpecFields: ['os'],
    sources: [
      { ...SOURCE, type: 'Required' },
      { ...SOURCE, type: 'NotSupported' },
    ],
    messages: {
      required:
        'spec.os is set without a name, which the API server requires; write name: linux or name: windows, or remove os',
      unsupported:
        'os.name {{value}} is not an operating system the API server knows (supported values: "linux", "windows"), so it refuses the object; {{advice}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const os = asObject(site.spec.os);
        if (!os) return;
        const path = [...site.path, 'os', 'name'];
        const name = os.name;
        if (name === undefined || name === null || name === '') {
          context.report({ resource, path, messageId: 'required' });
          return;
        }
        if (typeof name !== 'string' || OS_NAMES.includes(name)) return;
        const fixed = OS_NAMES.find((candidate) => candidate === name.toLowerCase());
        context.report({
          resource,
          path,
          messageId: 'unsupported',
          data: { value: preview(name), advice: fixed ? `write ${fixed}` : 'write linux or windows' },
          ...(fixed ? { fix: { description: `Write ${fixed}`, replaceValues: [{ path, value: fixed }] } } : {}),
        });
      },
    };
  },
});
