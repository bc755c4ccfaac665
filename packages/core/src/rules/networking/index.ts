// Rules for the networking.k8s.io kinds: Ingresses (hosts, paths, backends, references), IngressClasses, NetworkPolicies (ports, peers, ipBlocks, policy types), IPAddresses and ServiceCIDRs. Shared helpers are in utils/.
import type { Rule } from '../../engine/rule.js';
import ingressBackendInvalid from './ingress-backend-invalid.js';
import ingressClassAnnotationMismatch from './ingress-class-annotation-mismatch.js';
import ingressClassControllerInvalid from './ingress-class-controller-invalid.js';
import ingressClassParametersInvalid from './ingress-class-parameters-invalid.js';
import ingressHostInvalid from './ingress-host-invalid.js';
import ingressPathInvalid from './ingress-path-invalid.js';
import ingressReferenceInvalid from './ingress-reference-invalid.js';
import ingressRulesRequired from './ingress-rules-required.js';
import ipAddressParentRefInvalid from './ip-address-parent-ref-invalid.js';
import networkPolicyIpBlockInvalid from './network-policy-ip-block-invalid.js';
import networkPolicyPeerInvalid from './network-policy-peer-invalid.js';
import networkPolicyPortInvalid from './network-policy-port-invalid.js';
import networkPolicyTypesInvalid from './network-policy-types-invalid.js';
import serviceCidrInvalid from './service-cidr-invalid.js';

export const networkingRules: readonly Rule[] = [
  ingressHostInvalid,
  ingressPathInvalid,
  ingressBackendInvalid,
  ingressClassParametersInvalid,
  ingressRulesRequired,
  ingressReferenceInvalid,
  ingressClassControllerInvalid,
  networkPolicyPortInvalid,
  networkPolicyPeerInvalid,
  networkPolicyIpBlockInvalid,
  networkPolicyTypesInvalid,
  ipAddressParentRefInvalid,
  serviceCidrInvalid,
  ingressClassAnnotationMismatch,
];
