import { defineRule } from '../../engine/rule.js';
import { reportSchemaProblems, SCHEMA_MESSAGES } from './utils/report.js';
const STORAGE = 'k8s.io/kubernetes/pkg/apis/storage/validation';
const CORE = 'k8s.io/kubernetes/pkg/apis/core/validation';

export default defineRule({
  meta: {
    id: 'schema/value-unsupported',
    severity: 'error',
    origin: 'api-error',
    description: 'A value outside a closed set the API server enforces (imagePullPolicy, Service type, pathType, …).',
    fixable: true,
    messages: SCHEMA_MESSAGES,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validatePullPolicy' },
      // Closed value sets of pod-spec policies (an empty preemptionPolicy is refused at the same path).
      { package: CORE, function: 'ValidatePreemptionPolicy' },
      { package: CORE, function: 'validateDNSPolicy', type: 'NotSupported' },
      { package: CORE, function: 'validateFSGroupChangePolicy' },
      { package: CORE, function: 'validateSupplementalGroupsPolicy' },
      { package: CORE, function: 'validateTaintEffect', type: 'NotSupported' },
      { package: CORE, function: 'ValidateNodeSelectorRequirement', type: 'Invalid', field: 'operator' },
      // Closed value sets of pod-spec fields, from the OpenAPI enums (schema/enforcement.ts).
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateSeccompProfileType',
        type: 'NotSupported',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'ValidateAppArmorProfileField',
        type: 'NotSupported',
        field: 'type',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'ValidateProcMountType',
        type: 'NotSupported',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'ValidateTolerations',
        type: 'NotSupported',
        field: 'operator',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateContainerCommon',
        type: 'NotSupported',
        field: 'terminationMessagePolicy',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateAzureDisk',
        type: 'NotSupported',
        field: 'cachingMode',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateAzureDisk',
        type: 'NotSupported',
        field: 'kind',
      },
      // A taint's or toleration's effect (val-core-volumes).
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateTaintEffect', type: 'NotSupported' },
      // Service and endpoint enums (type, sessionAffinity, protocols, traffic policies).
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateService', type: 'NotSupported' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateServicePort', type: 'NotSupported' },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateServiceExternalTrafficPolicy',
        type: 'NotSupported',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateServiceInternalTrafficFieldsValue',
        type: 'NotSupported',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'ValidateServiceClusterIPsRelatedFields',
        type: 'NotSupported',
        field: 'ipFamilyPolicy',
      },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateEndpointPort', type: 'NotSupported' },
      { package: 'k8s.io/kubernetes/pkg/apis/discovery/validation', function: 'validatePorts', type: 'NotSupported' },
      {
        package: 'k8s.io/kubernetes/pkg/apis/discovery/validation',
        function: 'validateAddressType',
        type: 'NotSupported',
      },
      { package: 'k8s.io/kubernetes/pkg/apis/discovery/v1', function: 'Validate_AddressType' },
      {
        package: 'k8s.io/kubernetes/pkg/apis/networking/validation',
        function: 'ValidateNetworkPolicyPort',
        type: 'NotSupported',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/networking/validation',
        function: 'ValidateNetworkPolicySpec',
        type: 'NotSupported',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/networking/validation',
        function: 'validateHTTPIngressPath',
        type: 'NotSupported',
      },
      // The storage enums (access modes, volume modes, reclaim policies, binding modes): closed sets in the schema.
      { package: CORE, function: 'ValidatePersistentVolumeSpec', type: 'NotSupported', field: 'accessModes' },
      {
        package: CORE,
        function: 'ValidatePersistentVolumeSpec',
        type: 'NotSupported',
        field: 'persistentVolumeReclaimPolicy',
      },
      { package: CORE, function: 'ValidatePersistentVolumeSpec', type: 'NotSupported', field: 'volumeMode' },
      { package: CORE, function: 'ValidatePersistentVolumeClaimSpec', type: 'NotSupported', field: 'accessModes' },
      { package: CORE, function: 'ValidatePersistentVolumeClaimSpec', type: 'NotSupported', field: 'volumeMode' },
      { package: STORAGE, function: 'validateReclaimPolicy', type: 'NotSupported' },
      { package: STORAGE, function: 'validateVolumeBindingMode', type: 'NotSupported' },
      { package: CORE, function: 'validateHostPathType', type: 'NotSupported' },
      { package: CORE, function: 'validateAzureDisk', type: 'NotSupported', field: 'cachingMode' },
      { package: CORE, function: 'validateAzureDisk', type: 'NotSupported', field: 'kind' },
      {
        package: 'k8s.io/kubernetes/pkg/apis/apps/validation',
        function: 'ValidateDaemonSetUpdateStrategy',
        type: 'NotSupported',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/apps/validation',
        function: 'ValidateDeploymentStrategy',
        type: 'NotSupported',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/batch/validation',
        function: 'validateConcurrencyPolicy',
        type: 'NotSupported',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/batch/validation',
        function: 'validatePodFailurePolicyRule',
        type: 'NotSupported',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/batch/validation',
        function: 'validatePodFailurePolicyRuleOnExitCodes',
        type: 'NotSupported',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/policy/validation',
        function: 'ValidatePodDisruptionBudgetSpec',
        type: 'NotSupported',
      },
    ],
  },
  create: reportSchemaProblems('enum'),
});
