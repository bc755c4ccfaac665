import type { UniqueKeySet } from './ajv-setup.js';

/**
 * What the API server really enforces of the OpenAPI document's `required` lists, closed value
 * sets and list-map keys. The OpenAPI documents describe shapes, not validation: some "required"
 * fields are defaulted or checked elsewhere, some "enums" are open, and list-map keys are unique
 * only where validation says so. Every entry below was checked against the oracle (the 1.37 API
 * server's own decoding, defaulting and validation) by removing the field, setting a bogus or
 * empty value, or duplicating an entry, on real manifests of the corpus; the oracle wins.
 *
 * Keys are `<definition>.<property>` with the definition shortened: `core.v1.Container` stands
 * for `io.k8s.api.core.v1.Container`, `meta.v1.X` for apimachinery's, `apiextensions.v1.X` for
 * the CRD types.
 */

const PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['meta.v1.', 'io.k8s.apimachinery.pkg.apis.meta.v1.'],
  ['apiextensions.v1.', 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.'],
];

function expand(key: string): string {
  for (const [short, long] of PREFIXES) if (key.startsWith(short)) return long + key.slice(short.length);
  return `io.k8s.api.${key}`;
}

function keySet(keys: readonly string[]): ReadonlySet<string> {
  return new Set(keys.map(expand));
}

export function shortName(definition: string): string {
  for (const [short, long] of PREFIXES) if (definition.startsWith(long)) return short + definition.slice(long.length);
  return definition.replace(/^io\.k8s\.api\./, '');
}

/**
 * OpenAPI-required fields the API server rejects when absent, at the field's own path (mostly
 * `Required value`; a few are `Invalid` because the zero value fails a range check).
 */
const REQUIRED_ENFORCED = keySet([
  'admissionregistration.v1.MutatingWebhook.admissionReviewVersions',
  'admissionregistration.v1.MutatingWebhook.clientConfig',
  'admissionregistration.v1.MutatingWebhook.name',
  'admissionregistration.v1.MutatingWebhook.sideEffects',
  'admissionregistration.v1.ValidatingWebhook.admissionReviewVersions',
  'admissionregistration.v1.ValidatingWebhook.clientConfig',
  'admissionregistration.v1.ValidatingWebhook.name',
  'admissionregistration.v1.ValidatingWebhook.sideEffects',
  'admissionregistration.v1.ValidatingAdmissionPolicyBindingSpec.policyName',
  'admissionregistration.v1.ValidatingAdmissionPolicyBindingSpec.validationActions',
  'apps.v1.DeploymentSpec.selector',
  'apps.v1.ReplicaSetSpec.selector',
  'apps.v1.StatefulSetSpec.selector',
  'autoscaling.v1.CrossVersionObjectReference.kind',
  'autoscaling.v1.CrossVersionObjectReference.name',
  'autoscaling.v1.HorizontalPodAutoscalerSpec.maxReplicas',
  'autoscaling.v1.HorizontalPodAutoscalerSpec.scaleTargetRef',
  'autoscaling.v2.CrossVersionObjectReference.kind',
  'autoscaling.v2.CrossVersionObjectReference.name',
  'autoscaling.v2.HorizontalPodAutoscalerSpec.maxReplicas',
  'autoscaling.v2.HorizontalPodAutoscalerSpec.scaleTargetRef',
  'autoscaling.v2.HPAScalingPolicy.periodSeconds',
  'autoscaling.v2.HPAScalingPolicy.type',
  'autoscaling.v2.HPAScalingPolicy.value',
  'autoscaling.v2.MetricIdentifier.name',
  'autoscaling.v2.MetricSpec.type',
  'autoscaling.v2.MetricTarget.type',
  'autoscaling.v2.ResourceMetricSource.name',
  'batch.v1.CronJobSpec.schedule',
  // Without a job or pod template there are no containers, which ValidatePodSpec requires.
  'batch.v1.CronJob.spec',
  'batch.v1.CronJobSpec.jobTemplate',
  'batch.v1.JobSpec.template',
  'apps.v1.DaemonSetSpec.template',
  'core.v1.AzureDiskVolumeSource.diskName',
  'core.v1.AzureDiskVolumeSource.diskURI',
  'core.v1.AzureFilePersistentVolumeSource.secretName',
  'core.v1.AzureFilePersistentVolumeSource.shareName',
  'core.v1.AzureFileVolumeSource.secretName',
  'core.v1.AzureFileVolumeSource.shareName',
  'core.v1.CSIPersistentVolumeSource.driver',
  'core.v1.CSIPersistentVolumeSource.volumeHandle',
  'core.v1.CSIVolumeSource.driver',
  'core.v1.CephFSVolumeSource.monitors',
  'core.v1.CinderVolumeSource.volumeID',
  'core.v1.ConfigMapKeySelector.key',
  'core.v1.Container.name',
  'core.v1.EndpointAddress.ip',
  'core.v1.EndpointPort.port',
  'core.v1.EnvVar.name',
  'core.v1.EphemeralContainer.name',
  'core.v1.FlexVolumeSource.driver',
  'core.v1.GlusterfsVolumeSource.endpoints',
  'core.v1.GlusterfsVolumeSource.path',
  'core.v1.HostAlias.ip',
  'core.v1.HostPathVolumeSource.path',
  'core.v1.ISCSIVolumeSource.iqn',
  'core.v1.ISCSIVolumeSource.targetPortal',
  'core.v1.KeyToPath.key',
  'core.v1.KeyToPath.path',
  'core.v1.LimitRangeItem.type',
  'core.v1.LocalVolumeSource.path',
  'core.v1.NFSVolumeSource.path',
  'core.v1.NFSVolumeSource.server',
  'core.v1.NodeSelector.nodeSelectorTerms',
  'core.v1.NodeSelectorRequirement.key',
  'core.v1.NodeSelectorRequirement.operator',
  'core.v1.ObjectFieldSelector.fieldPath',
  'core.v1.PersistentVolumeClaimVolumeSource.claimName',
  'core.v1.PodResourceClaim.name',
  'core.v1.PodSpec.containers',
  'core.v1.PortworxVolumeSource.volumeID',
  'core.v1.PreferredSchedulingTerm.weight',
  'core.v1.QuobyteVolumeSource.registry',
  'core.v1.QuobyteVolumeSource.volume',
  'core.v1.RBDVolumeSource.image',
  'core.v1.RBDVolumeSource.monitors',
  'core.v1.ResourceFieldSelector.resource',
  'core.v1.SeccompProfile.type',
  'core.v1.SecretKeySelector.key',
  'core.v1.ServicePort.port',
  'core.v1.Sysctl.name',
  'core.v1.Taint.effect',
  'core.v1.Taint.key',
  'core.v1.TopologySelectorLabelRequirement.key',
  'core.v1.TopologySelectorLabelRequirement.values',
  'core.v1.TypedLocalObjectReference.name',
  'core.v1.Volume.name',
  'core.v1.VolumeDevice.devicePath',
  'core.v1.VolumeDevice.name',
  'core.v1.VolumeMount.mountPath',
  'core.v1.VolumeMount.name',
  'core.v1.VsphereVirtualDiskVolumeSource.volumePath',
  'core.v1.WeightedPodAffinityTerm.weight',
  'core.v1.PodAffinityTerm.topologyKey',
  'core.v1.ResourceClaim.name',
  'core.v1.AppArmorProfile.type',
  'core.v1.AWSElasticBlockStoreVolumeSource.volumeID',
  'core.v1.GitRepoVolumeSource.repository',
  'core.v1.PhotonPersistentDiskVolumeSource.pdID',
  'core.v1.ScaleIOVolumeSource.gateway',
  'core.v1.ScaleIOVolumeSource.system',
  // Rules of other areas report these in their own words while they run (their `meta.reportsSchemaProblems`).
  'core.v1.ContainerPort.containerPort',
  'core.v1.TopologySpreadConstraint.maxSkew',
  'core.v1.TopologySpreadConstraint.topologyKey',
  'core.v1.TopologySpreadConstraint.whenUnsatisfiable',
  // The API server reports these at a path of its own (`downwardAPI.path`, `persistentDisk.pdName`,
  // `projected.path`, `additionalPrinterColumns[i].name`); podlint reports the field itself.
  'core.v1.DownwardAPIVolumeFile.path',
  'core.v1.GCEPersistentDiskVolumeSource.pdName',
  'core.v1.ServiceAccountTokenProjection.path',
  'apiextensions.v1.CustomResourceColumnDefinition.name',
  'apiextensions.v1.CustomResourceColumnDefinition.type',
  'apiextensions.v1.CustomResourceColumnDefinition.jsonPath',
  'discovery.v1.Endpoint.addresses',
  'networking.v1.HTTPIngressPath.backend',
  'networking.v1.HTTPIngressPath.pathType',
  'networking.v1.HTTPIngressRuleValue.paths',
  'networking.v1.IPBlock.cidr',
  'networking.v1.IngressClassParametersReference.kind',
  'networking.v1.IngressClassParametersReference.name',
  'networking.v1.IngressServiceBackend.name',
  'node.v1.RuntimeClass.handler',
  'rbac.v1.ClusterRoleBinding.roleRef',
  'rbac.v1.PolicyRule.verbs',
  'rbac.v1.RoleBinding.roleRef',
  'rbac.v1.RoleRef.kind',
  'rbac.v1.RoleRef.name',
  'rbac.v1.Subject.kind',
  'rbac.v1.Subject.name',
  'resource.v1.DeviceRequest.name',
  'resource.v1.ExactDeviceRequest.deviceClassName',
  'storage.v1.CSINodeDriver.name',
  'storage.v1.CSINodeDriver.nodeID',
  'apiextensions.v1.CustomResourceConversion.strategy',
  'apiextensions.v1.CustomResourceDefinitionNames.kind',
  'apiextensions.v1.CustomResourceDefinitionNames.plural',
  'apiextensions.v1.CustomResourceDefinitionSpec.group',
  'apiextensions.v1.CustomResourceDefinitionSpec.scope',
  'apiextensions.v1.CustomResourceDefinitionSpec.versions',
  'apiextensions.v1.CustomResourceDefinitionVersion.name',
  'meta.v1.LabelSelectorRequirement.key',
  'meta.v1.LabelSelectorRequirement.operator',
  'meta.v1.OwnerReference.apiVersion',
  'meta.v1.OwnerReference.kind',
  'meta.v1.OwnerReference.name',
  'meta.v1.OwnerReference.uid',
]);

/** Fields the OpenAPI document does not list as required, but validation always requires. */
const REQUIRED_EXTRA: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    'core.v1.Container': ['image'],
    'core.v1.EphemeralContainer': ['image'],
    'core.v1.ConfigMapEnvSource': ['name'],
    'core.v1.ConfigMapProjection': ['name'],
    'core.v1.ConfigMapVolumeSource': ['name'],
    'core.v1.ConfigMapKeySelector': ['name'],
    'core.v1.SecretEnvSource': ['name'],
    'core.v1.SecretProjection': ['name'],
    'core.v1.SecretVolumeSource': ['secretName'],
    'core.v1.SecretKeySelector': ['name'],
    'core.v1.PersistentVolumeSpec': ['accessModes', 'capacity'],
    'core.v1.ReplicationControllerSpec': ['template'],
    'core.v1.PodDNSConfigOption': ['name'],
    'core.v1.ScaleIOVolumeSource': ['volumeName'],
    // Without a pod spec there are no containers, which ValidatePodSpec requires.
    'core.v1.Pod': ['spec'],
    'core.v1.PodTemplateSpec': ['spec'],
    'core.v1.PodTemplate': ['template'],
    'core.v1.ReplicationController': ['spec'],
    'core.v1.StorageOSVolumeSource': ['volumeName'],
    // Without a spec these have no selector (an autoscaler no maxReplicas), and a template without spec no containers.
    'apps.v1.Deployment': ['spec'],
    'autoscaling.v1.HorizontalPodAutoscaler': ['spec'],
    'autoscaling.v2.HorizontalPodAutoscaler': ['spec'],
    'apps.v1.ReplicaSet': ['spec'],
    'apps.v1.StatefulSet': ['spec'],
    'apps.v1.DaemonSet': ['spec'],
    'batch.v1.Job': ['spec'],
    'batch.v1.JobTemplateSpec': ['spec'],
    'core.v1.VolumeNodeAffinity': ['required'],
    'core.v1.EphemeralVolumeSource': ['volumeClaimTemplate'],
    'core.v1.ImageVolumeSource': ['reference'],
    'core.v1.VolumeResourceRequirements': ['requests'],
    'apiextensions.v1.CustomResourceDefinitionVersion': ['schema'],
    'networking.v1.IngressClassSpec': ['controller'],
    'apiextensions.v1.CustomResourceValidation': ['openAPIV3Schema'],
    'admissionregistration.v1.RuleWithOperations': ['apiGroups', 'apiVersions', 'operations', 'resources'],
    'admissionregistration.v1.MutatingAdmissionPolicyBindingSpec': ['policyName'],
    'autoscaling.v1.CrossVersionObjectReference': ['apiVersion'],
    'autoscaling.v2.CrossVersionObjectReference': ['apiVersion'],
  }).map(([definition, properties]) => [expand(definition), properties]),
);

export function enforcedRequired(definition: string, property: string, openApiRequired: boolean): boolean {
  const key = `${definition}.${property}`;
  return (
    (openApiRequired && REQUIRED_ENFORCED.has(key)) || (REQUIRED_EXTRA.get(definition)?.includes(property) ?? false)
  );
}

export function extraRequired(definition: string): readonly string[] {
  return REQUIRED_EXTRA.get(definition) ?? [];
}

/** Closed value sets the API server accepts any value for (the field is gated off and dropped). */
const OPEN_ENUMS = keySet([
  'core.v1.GRPCAction.mode',
  'core.v1.HTTPGetAction.protocol',
  'core.v1.Lifecycle.stopSignal',
  'resource.v1.ResourceSliceSpec.skipNodeOperations',
]);

/** Closed value sets where validation accepts `""` (it is defaulted, or means "unset"). */
const EMPTY_ALLOWED = keySet([
  'apps.v1.DaemonSetUpdateStrategy.type',
  'apps.v1.DeploymentStrategy.type',
  'apps.v1.StatefulSetSpec.podManagementPolicy',
  'apps.v1.StatefulSetUpdateStrategy.type',
  'batch.v1.CronJobSpec.concurrencyPolicy',
  'core.v1.Container.imagePullPolicy',
  'core.v1.Container.terminationMessagePolicy',
  'core.v1.EphemeralContainer.imagePullPolicy',
  'core.v1.EphemeralContainer.terminationMessagePolicy',
  'core.v1.EndpointPort.protocol',
  'core.v1.HostPathVolumeSource.type',
  'core.v1.PersistentVolumeSpec.persistentVolumeReclaimPolicy',
  'core.v1.PodSpec.dnsPolicy',
  'core.v1.ServicePort.protocol',
  'core.v1.ServiceSpec.externalTrafficPolicy',
  'core.v1.ServiceSpec.sessionAffinity',
  'core.v1.ServiceSpec.type',
  'core.v1.Toleration.effect',
  'core.v1.Toleration.operator',
  'resource.v1.ExactDeviceRequest.allocationMode',
  'storage.v1.StorageClass.reclaimPolicy',
  'core.v1.ImageVolumeSource.pullPolicy',
  'core.v1.ContainerPort.protocol',
  'core.v1.HTTPGetAction.scheme',
  'core.v1.PodSpec.restartPolicy',
]);

/** Closed value sets narrower than the OpenAPI list in 1.37 with default feature gates. */
const NARROWED_ENUMS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    'admissionregistration.v1.MutatingWebhook.sideEffects': ['None', 'NoneOnDryRun'],
    'admissionregistration.v1.ValidatingWebhook.sideEffects': ['None', 'NoneOnDryRun'],
    'apps.v1.StatefulSetUpdateStrategy.type': ['OnDelete', 'RollingUpdate'],
    'storage.v1.StorageClass.reclaimPolicy': ['Delete', 'Retain'],
    'core.v1.Toleration.operator': ['Equal', 'Exists'],
  }).map(([key, values]) => [expand(key), values]),
);

/** The values a closed set accepts, or undefined when the API server does not close it. */
export function enforcedEnum(
  definition: string,
  property: string,
  values: readonly string[],
): readonly string[] | undefined {
  const key = `${definition}.${property}`;
  if (OPEN_ENUMS.has(key)) return undefined;
  const allowed = NARROWED_ENUMS.get(key) ?? values;
  return EMPTY_ALLOWED.has(key) ? [...allowed, ''] : allowed;
}

/**
 * Lists whose entries must be unique, by one or more key sets (with the values absent keys are
 * defaulted to). A single key is reported at the later entry's key (`containers[1].name`), several
 * keys at the entry (`ports[1]`), as the API server does.
 */
const UNIQUE_KEYS: ReadonlyMap<string, readonly UniqueKeySet[]> = new Map(
  Object.entries<readonly UniqueKeySet[]>({
    'core.v1.PodSpec.containers': [{ keys: ['name'] }],
    'core.v1.PodSpec.initContainers': [{ keys: ['name'] }],
    'core.v1.PodSpec.ephemeralContainers': [{ keys: ['name'] }],
    'core.v1.PodSpec.volumes': [{ keys: ['name'] }],
    'core.v1.PodSpec.resourceClaims': [{ keys: ['name'] }],
    'core.v1.Container.volumeMounts': [{ keys: ['mountPath'] }],
    'core.v1.Container.volumeDevices': [{ keys: ['devicePath'] }],
    'core.v1.ServiceSpec.ports': [{ keys: ['name'] }, { keys: ['port', 'protocol'], defaults: { protocol: 'TCP' } }],
    'admissionregistration.v1.MutatingWebhookConfiguration.webhooks': [{ keys: ['name'] }],
    'admissionregistration.v1.ValidatingWebhookConfiguration.webhooks': [{ keys: ['name'] }],
    'storage.v1.CSINodeSpec.drivers': [{ keys: ['name'] }],
  }).map(([key, sets]) => [expand(key), sets]),
);

export function uniqueKeysOf(definition: string, property: string): readonly UniqueKeySet[] | undefined {
  return UNIQUE_KEYS.get(`${definition}.${property}`);
}

/** Maps validated as labels (keys and values) or annotations (keys only). */
const LABEL_MAPS: ReadonlyMap<string, 'labels' | 'annotations'> = new Map(
  Object.entries({
    'meta.v1.ObjectMeta.labels': 'labels',
    'meta.v1.ObjectMeta.annotations': 'annotations',
    'meta.v1.LabelSelector.matchLabels': 'labels',
    'core.v1.PodSpec.nodeSelector': 'labels',
    'core.v1.ServiceSpec.selector': 'labels',
    'core.v1.ReplicationControllerSpec.selector': 'labels',
    'node.v1.Scheduling.nodeSelector': 'labels',
  } as const).map(([key, kind]) => [expand(key), kind]),
);

export function labelMapKind(definition: string, property: string): 'labels' | 'annotations' | undefined {
  return LABEL_MAPS.get(`${definition}.${property}`);
}

/** A digest of every table above: precompiled validators built from other tables are not used. */
export function enforcementTables(): unknown {
  return [
    [...REQUIRED_ENFORCED],
    [...REQUIRED_EXTRA],
    [...OPEN_ENUMS],
    [...EMPTY_ALLOWED],
    [...NARROWED_ENUMS],
    [...UNIQUE_KEYS],
    [...LABEL_MAPS],
  ];
}
