// Rules for container ports, host ports and the ports probes, hooks and Services aim at. Shared helpers are in utils/.
import type { Rule } from '../../engine/rule.js';
import ambiguousPortDefinition from './ambiguous-port-definition.js';
import containerPortRange from './container-port-out-of-range.js';
import containerPortRequired from './container-port-required.js';
import duplicatePortDefinition from './duplicate-port-definition.js';
import ephemeralPortsForbidden from './ephemeral-ports-forbidden.js';
import hostIpWithoutHostPort from './host-ip-without-host-port.js';
import hostNetworkInitPortMismatch from './host-network-init-port-mismatch.js';
import hostNetworkPortMismatch from './host-network-port-mismatch.js';
import hostPortConflict from './host-port-conflict.js';
import hostPortConflictInit from './host-port-conflict-init.js';
import hostPortConflictSidecar from './host-port-conflict-sidecar.js';
import hostPortRange from './host-port-out-of-range.js';
import hostPortUsed from './host-port-used.js';
import lifecycleNamedPortMissing from './lifecycle-named-port-missing.js';
import nameDuplicate from './name-duplicate.js';
import nameDuplicateAcrossContainers from './name-duplicate-across-containers.js';
import nameInvalid from './name-invalid.js';
import overlappingPortDefinition from './overlapping-port-definition.js';
import probeNamedPortMissing from './probe-named-port-missing.js';
import probeNumericPortUndeclared from './probe-numeric-port-undeclared.js';
import probePortOfOtherContainer from './probe-port-of-other-container.js';
import protocolUnsupported from './protocol-unsupported.js';
import serviceTargetPortMissing from './service-target-port-missing.js';
import serviceTargetPortProtocol from './service-target-port-protocol.js';
import serviceTargetPortUndeclared from './service-target-port-undeclared.js';

/** §1 of the pod rule catalogue: errors, then the API server's warnings, then pitfalls. */
export const portRules: readonly Rule[] = [
  nameInvalid,
  nameDuplicate,
  containerPortRequired,
  containerPortRange,
  hostPortRange,
  protocolUnsupported,
  hostPortConflict,
  hostPortConflictInit,
  hostNetworkPortMismatch,
  ephemeralPortsForbidden,
  hostIpWithoutHostPort,
  duplicatePortDefinition,
  overlappingPortDefinition,
  ambiguousPortDefinition,
  nameDuplicateAcrossContainers,
  hostPortConflictSidecar,
  hostNetworkInitPortMismatch,
  probeNamedPortMissing,
  probeNumericPortUndeclared,
  probePortOfOtherContainer,
  lifecycleNamedPortMissing,
  serviceTargetPortMissing,
  serviceTargetPortUndeclared,
  serviceTargetPortProtocol,
  hostPortUsed,
];
