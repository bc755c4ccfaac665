// Rules for Ingresses and IngressClasses: hosts, paths, backends, parameter references.
import type { Rule } from '../../engine/rule.js';
import ingressBackendInvalid from './ingress-backend-invalid.js';
import ingressClassParametersInvalid from './ingress-class-parameters-invalid.js';
import ingressHostInvalid from './ingress-host-invalid.js';
import ingressPathInvalid from './ingress-path-invalid.js';

export const networkingRules: readonly Rule[] = [
  ingressHostInvalid,
  ingressPathInvalid,
  ingressBackendInvalid,
  ingressClassParametersInvalid,
];
