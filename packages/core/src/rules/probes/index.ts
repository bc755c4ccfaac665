// Rules for probes and lifecycle handlers. Shared helpers are in utils/.
import type { Rule } from '../../engine/rule.js';
import ephemeralContainerProbe from './ephemeral-container-probe-forbidden.js';
import execCommandMissing from './exec-command-missing.js';
import fieldDropped from './field-dropped.js';
import grpcPortInvalid from './grpc-port-invalid.js';
import handlerMissing from './handler-missing.js';
import handlerMultiple from './handler-multiple.js';
import handlerPortInvalid from './handler-port-invalid.js';
import httpHeaderNameInvalid from './http-header-name-invalid.js';
import httpHostSet from './http-host-set.js';
import httpSchemeUnsupported from './http-scheme-unsupported.js';
import initContainerProbe from './init-container-probe-forbidden.js';
import lifecycleSleepRange from './lifecycle-sleep-out-of-range.js';
import lifecycleTcpSocket from './lifecycle-tcp-socket-ignored.js';
import livenessFailureThresholdOne from './liveness-failure-threshold-one.js';
import livenessIdenticalToReadiness from './liveness-identical-to-readiness.js';
import livenessLongInitialDelay from './liveness-long-initial-delay.js';
import livenessMissing from './liveness-missing.js';
import livenessSuccessThreshold from './liveness-success-threshold-not-one.js';
import negativeTiming from './negative-timing.js';
import probeGracePeriodNotPositive from './probe-grace-period-not-positive.js';
import probeGracePeriodOverPod from './probe-grace-period-over-pod.js';
import probesInJob from './readiness-in-job.js';
import readinessGracePeriodSet from './readiness-grace-period-set.js';
import readinessMissing from './readiness-missing.js';
import readinessMissingServiceBacked from './readiness-missing-service-backed.js';
import startupSuccessThreshold from './startup-success-threshold-not-one.js';
import timeoutNotBelowPeriod from './timeout-not-below-period.js';

/** API server errors first, then pitfalls and advice. */
export const probeRules: readonly Rule[] = [
  handlerMissing,
  handlerMultiple,
  execCommandMissing,
  handlerPortInvalid,
  grpcPortInvalid,
  httpSchemeUnsupported,
  httpHeaderNameInvalid,
  negativeTiming,
  probeGracePeriodNotPositive,
  readinessGracePeriodSet,
  livenessSuccessThreshold,
  startupSuccessThreshold,
  initContainerProbe,
  ephemeralContainerProbe,
  lifecycleSleepRange,
  fieldDropped,
  httpHostSet,
  lifecycleTcpSocket,
  livenessFailureThresholdOne,
  livenessIdenticalToReadiness,
  livenessLongInitialDelay,
  livenessMissing,
  probeGracePeriodOverPod,
  probesInJob,
  readinessMissing,
  readinessMissingServiceBacked,
  timeoutNotBelowPeriod,
];
