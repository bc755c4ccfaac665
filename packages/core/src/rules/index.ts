// The check rules, one folder per area: each area holds its rules (`<name>.ts`, the rule `<area>/<name>`), their tests, an index and utils/.
import type { Rule } from '../engine/rule.js';
import { apiextensionsRules } from './apiextensions/index.js';
import { admissionRules } from './admission/index.js';
import { certificatesRules } from './certificates/index.js';
import { configRules } from './config/index.js';
import { containerRules } from './containers/index.js';
import { coordinationRules } from './coordination/index.js';
import { cronJobRules } from './cronjob/index.js';
import { discoveryRules } from './discovery/index.js';
import { dnsRules } from './dns/index.js';
import { draRules } from './dra/index.js';
import { envRules } from './env/index.js';
import { eventRules } from './events/index.js';
import { flowControlRules } from './flowcontrol/index.js';
import { immutableRules } from './immutable/index.js';
import { jobRules } from './job/index.js';
import { manifestRules } from './manifest/index.js';
import { metadataRules } from './metadata/index.js';
import { networkingRules } from './networking/index.js';
import { nodeRules } from './node/index.js';
import { autoscalingRules } from './autoscaling/index.js';
import { podSecurityRules } from './podsecurity/index.js';
import { policyRules } from './policy/index.js';
import { portRules } from './ports/index.js';
import { podRules } from './pod/index.js';
import { probeRules } from './probes/index.js';
import { quotaRules } from './quota/index.js';
import { rbacRules } from './rbac/index.js';
import { resourceRules } from './resources/index.js';
import { restartRules } from './restart/index.js';
import { schedulingRules } from './scheduling/index.js';
import { schemaRules } from './schema/index.js';
import { securityRules } from './security/index.js';
import { serviceRules } from './service/index.js';
import { storageRules } from './storage/index.js';
import { topologyRules } from './topology/index.js';
import { volumeRules } from './volumes/index.js';
import { workloadRules } from './workload/index.js';

/** Every check rule, grouped by area. Each area lists its own rules in its index. */
export const checkRules: readonly Rule[] = [
  ...manifestRules,
  ...metadataRules,
  ...workloadRules,
  ...jobRules,
  ...cronJobRules,
  ...configRules,
  ...serviceRules,
  ...rbacRules,
  ...networkingRules,
  ...discoveryRules,
  ...policyRules,
  ...autoscalingRules,
  ...quotaRules,
  ...nodeRules,
  ...eventRules,
  ...coordinationRules,
  ...flowControlRules,
  ...admissionRules,
  ...draRules,
  ...certificatesRules,
  ...storageRules,
  ...apiextensionsRules,
  ...podSecurityRules,
  ...portRules,
  ...probeRules,
  ...topologyRules,
  ...restartRules,
  ...containerRules,
  ...volumeRules,
  ...envRules,
  ...resourceRules,
  ...podRules,
  ...dnsRules,
  ...schedulingRules,
  ...securityRules,
  ...immutableRules,
  ...schemaRules,
];
