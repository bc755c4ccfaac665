import { asObject } from '../../../model/values.js';
import type { BaselineCheck, BaselineViolation } from './baseline-check.js';
import { checkedContainers, podSecurityContext } from './security-contexts.js';

const TYPES = ['', 'container_t', 'container_init_t', 'container_kvm_t'];
const TYPES_1_31 = [...TYPES, 'container_engine_t'];

export const check: BaselineCheck = {
  id: 'seLinuxOptions',
  source: { package: 'k8s.io/pod-security-admission/policy', function: 'seLinuxOptions1_31' },
  what: '{{who}} sets seLinuxOptions.{{field}} {{value}}',
  fix: 'remove user and role, and use one of the container types (container_t, container_init_t, container_kvm_t, container_engine_t), or run the pod in a namespace with a privileged level',
  violations: (site, minor) => {
    const types = minor >= 31 ? TYPES_1_31 : TYPES;
    const out: BaselineViolation[] = [];
    const contexts = [
      { ...podSecurityContext(site), who: 'the pod' },
      ...checkedContainers(site).map((container) => ({ ...container, who: container.name })),
    ];
    for (const { securityContext, path, who } of contexts) {
      const options = asObject(securityContext.seLinuxOptions);
      if (!options) continue;
      const base = [...path, 'seLinuxOptions'];
      const type = options.type ?? '';
      if (!types.includes(String(type)))
        out.push({ path: [...base, 'type'], data: { who, field: 'type', value: JSON.stringify(type) } });
      for (const field of ['user', 'role'])
        if (typeof options[field] === 'string' && options[field] !== '')
          out.push({ path: [...base, field], data: { who, field, value: JSON.stringify(options[field]) } });
    }
    return out;
  },
};
