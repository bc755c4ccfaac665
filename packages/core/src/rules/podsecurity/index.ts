// Rules for PodSecurity admission: pods in a namespace labelled with an enforce level, checked as the admission plugin does. Shared helpers are in utils/.
import type { Rule } from '../../engine/rule.js';
import capabilities from './capabilities.js';
import hostNamespaces from './host-namespaces.js';
import hostPathVolumes from './host-path-volumes.js';
import hostPorts from './host-ports.js';
import privileged from './privileged.js';
import seccompUnconfined from './seccomp-unconfined.js';
import templateViolatesBaseline from './template-violates-baseline.js';

export const podSecurityRules: readonly Rule[] = [
  hostNamespaces,
  privileged,
  capabilities,
  hostPathVolumes,
  hostPorts,
  seccompUnconfined,
  templateViolatesBaseline,
];
