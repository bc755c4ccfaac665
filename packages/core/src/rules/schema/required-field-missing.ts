import { defineRule } from '../../engine/rule.js';
import { reportSchemaProblems, SCHEMA_MESSAGES } from './utils/report.js';

const CORE_VALIDATION = 'k8s.io/kubernetes/pkg/apis/core/validation';

export default defineRule({
  meta: {
    id: 'schema/required-field-missing',
    severity: 'error',
    origin: 'api-error',
    description:
      'A field the API server requires is missing (after defaulting): a container without image, a volume without name, …',
    fixable: false,
    messages: SCHEMA_MESSAGES,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidatePodSpec' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateContainers' },
      // Pod-spec fields the schema requires: env names, key selectors, envFrom names, resource claims, node selector terms, taint effects.
      { package: CORE_VALIDATION, function: 'ValidateEnv', type: 'Required', field: 'name' },
      { package: CORE_VALIDATION, function: 'validateObjectFieldSelector', type: 'Required', field: 'fieldPath' },
      {
        package: CORE_VALIDATION,
        function: 'validateContainerResourceFieldSelector',
        type: 'Required',
        field: 'resource',
      },
      { package: CORE_VALIDATION, function: 'validateConfigMapEnvSource', type: 'Required', field: 'name' },
      { package: CORE_VALIDATION, function: 'validateSecretEnvSource', type: 'Required', field: 'name' },
      { package: CORE_VALIDATION, function: 'validateConfigMapKeySelector', type: 'Required', field: 'key' },
      { package: CORE_VALIDATION, function: 'validateSecretKeySelector', type: 'Required', field: 'key' },
      { package: CORE_VALIDATION, function: 'validatePodResourceClaim', type: 'Required', field: 'name' },
      { package: CORE_VALIDATION, function: 'validateResourceClaimNames', type: 'Required' },
      { package: CORE_VALIDATION, function: 'ValidateNodeSelector', type: 'Required', field: 'nodeSelectorTerms' },
      { package: CORE_VALIDATION, function: 'validateTaintEffect', type: 'Required' },
      { package: 'k8s.io/kubernetes/pkg/apis/apps/validation', function: 'ValidateDeploymentSpec' },
      // Pod-spec fields the enforcement tables require (schema/enforcement.ts).
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateSeccompProfileType',
        type: 'Required',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'ValidateAppArmorProfileField',
        type: 'Required',
        field: 'type',
      },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateSysctls', type: 'Required' },
      // Required fields of pod volume sources, volume devices and containers (schema/enforcement.ts).
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateISCSIVolumeSource',
        type: 'Required',
        field: 'targetPortal',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateISCSIVolumeSource',
        type: 'Required',
        field: 'iqn',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateNFSVolumeSource',
        type: 'Required',
        field: 'server',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateNFSVolumeSource',
        type: 'Required',
        field: 'path',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateQuobyteVolumeSource',
        type: 'Required',
        field: 'registry',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateQuobyteVolumeSource',
        type: 'Required',
        field: 'volume',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateAzureDisk',
        type: 'Required',
        field: 'diskName',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateAzureDisk',
        type: 'Required',
        field: 'diskURI',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateScaleIOVolumeSource',
        type: 'Required',
        field: 'gateway',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateScaleIOVolumeSource',
        type: 'Required',
        field: 'system',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateScaleIOVolumeSource',
        type: 'Required',
        field: 'volumeName',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateStorageOSVolumeSource',
        type: 'Required',
        field: 'volumeName',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'ValidateVolumeDevices',
        type: 'Required',
        field: 'name',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'ValidateVolumeDevices',
        type: 'Required',
        field: 'devicePath',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateContainerCommon',
        type: 'Required',
        field: 'name',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateContainerCommon',
        type: 'Required',
        field: 'image',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateAWSElasticBlockStoreVolumeSource',
        type: 'Required',
        field: 'volumeID',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateGitRepoVolumeSource',
        type: 'Required',
        field: 'repository',
      },
      // An Ingress rule's http without paths, a path without pathType.
      {
        package: 'k8s.io/kubernetes/pkg/apis/networking/validation',
        function: 'validateHTTPIngressRuleValue',
        type: 'Required',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/networking/validation',
        function: 'validateHTTPIngressPath',
        type: 'Required',
      },
      // Storage fields the schema enforces: a PersistentVolume's access modes, a CSINode driver's nodeID.
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'ValidatePersistentVolumeSpec',
        type: 'Required',
        field: 'accessModes',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/storage/validation',
        function: 'validateCSINodeDriverNodeID',
        type: 'Required',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/autoscaling/validation',
        function: 'ValidateCrossVersionObjectReference',
        type: 'Required',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/batch/validation',
        function: 'validateCronJobSpec',
        type: 'Required',
        field: 'schedule',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/rbac/validation',
        function: 'ValidatePolicyRule',
        type: 'Required',
        field: 'verbs',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/rbac/validation',
        function: 'ValidateRoleBindingSubject',
        type: 'Required',
        field: 'name',
      },
      { package: 'k8s.io/kubernetes/pkg/apis/node/validation', function: 'ValidateRuntimeClass', type: 'Required' },
      { package: 'k8s.io/apimachinery/pkg/api/validation', function: 'validateOwnerReference', type: 'Required' },
      { package: 'k8s.io/kubernetes/pkg/apis/autoscaling/v1', function: 'Validate_CrossVersionObjectReference' },
      { package: 'k8s.io/kubernetes/pkg/apis/autoscaling/v2', function: 'Validate_CrossVersionObjectReference' },
      { package: 'k8s.io/kubernetes/pkg/apis/batch/v1', function: 'Validate_CronJobSpec', field: 'schedule' },
      { package: 'k8s.io/kubernetes/pkg/apis/node/v1', function: 'Validate_RuntimeClass', field: 'handler' },
      { package: 'k8s.io/kubernetes/pkg/apis/rbac/v1', function: 'Validate_PolicyRule', field: 'verbs' },
      { package: 'k8s.io/kubernetes/pkg/apis/rbac/v1', function: 'Validate_RoleRef', field: 'name' },
      { package: 'k8s.io/kubernetes/pkg/apis/rbac/v1', function: 'Validate_Subject', field: 'name' },
      { package: 'k8s.io/apimachinery/pkg/apis/meta/v1/validation', function: 'Validate_OwnerReference' },
    ],
  },
  create: reportSchemaProblems('required'),
});
