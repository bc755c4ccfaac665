// Rules for Services (validateService): ports, node ports, cluster IPs and families, load-balancer and traffic fields, external IPs, session affinity, ExternalName. Shared helpers are in utils/.
import type { Rule } from '../../engine/rule.js';
import clusterIpsInvalid from './cluster-ips-invalid.js';
import externalIpInvalid from './external-ip-invalid.js';
import externalNameFieldsForbidden from './external-name-fields-forbidden.js';
import externalNameInvalid from './external-name-invalid.js';
import externalTrafficInvalid from './external-traffic-invalid.js';
import loadBalancerClassInvalid from './load-balancer-class-invalid.js';
import loadBalancerFieldForbidden from './load-balancer-field-forbidden.js';
import nodePortForbidden from './node-port-forbidden.js';
import portDuplicate from './port-duplicate.js';
import portInvalid from './port-invalid.js';
import portNameDuplicate from './port-name-duplicate.js';
import portNameRequired from './port-name-required.js';
import portsRequired from './ports-required.js';
import sessionAffinityTimeoutInvalid from './session-affinity-timeout-invalid.js';
import sourceRangeInvalid from './source-range-invalid.js';
import topologyAnnotationsMismatch from './topology-annotations-mismatch.js';
import trafficDistributionUnsupported from './traffic-distribution-unsupported.js';

export const serviceRules: readonly Rule[] = [
  portsRequired,
  portNameRequired,
  portNameDuplicate,
  nodePortForbidden,
  sourceRangeInvalid,
  portDuplicate,
  externalNameInvalid,
  clusterIpsInvalid,
  externalNameFieldsForbidden,
  loadBalancerFieldForbidden,
  loadBalancerClassInvalid,
  externalTrafficInvalid,
  trafficDistributionUnsupported,
  portInvalid,
  externalIpInvalid,
  sessionAffinityTimeoutInvalid,
  topologyAnnotationsMismatch,
];
