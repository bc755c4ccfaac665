/**
 * The area of a mutation: what part of the API server's validation its field belongs to, in the
 * vocabulary of podlint's rule groups (containers, volumes, env, service, rbac…). Derived from the
 * kind and the field path, the way the ledger's call sites group by validation function.
 */
const KIND_AREAS: Record<string, string> = {
  Deployment: 'workload',
  ReplicaSet: 'workload',
  StatefulSet: 'workload',
  DaemonSet: 'workload',
  ReplicationController: 'workload',
  ControllerRevision: 'workload',
  PodTemplate: 'workload',
  Pod: 'pod',
  Job: 'job',
  CronJob: 'job',
  Service: 'service',
  Endpoints: 'service',
  EndpointSlice: 'service',
  Ingress: 'networking',
  IngressClass: 'networking',
  NetworkPolicy: 'networking',
  IPAddress: 'networking',
  ServiceCIDR: 'networking',
  Role: 'rbac',
  ClusterRole: 'rbac',
  RoleBinding: 'rbac',
  ClusterRoleBinding: 'rbac',
  PersistentVolume: 'storage',
  PersistentVolumeClaim: 'storage',
  StorageClass: 'storage',
  CSIDriver: 'storage',
  CSINode: 'storage',
  CSIStorageCapacity: 'storage',
  VolumeAttachment: 'storage',
  VolumeAttributesClass: 'storage',
  PodDisruptionBudget: 'policy',
  HorizontalPodAutoscaler: 'autoscaling',
  PriorityClass: 'scheduling',
  RuntimeClass: 'node',
  Node: 'node',
  Lease: 'coordination',
  FlowSchema: 'flowcontrol',
  PriorityLevelConfiguration: 'flowcontrol',
  CertificateSigningRequest: 'certificates',
  ValidatingWebhookConfiguration: 'admission',
  MutatingWebhookConfiguration: 'admission',
  ValidatingAdmissionPolicy: 'admission',
  ValidatingAdmissionPolicyBinding: 'admission',
  DeviceClass: 'dra',
  ResourceClaim: 'dra',
  ResourceClaimTemplate: 'dra',
  ResourceSlice: 'dra',
  CustomResourceDefinition: 'apiextensions',
  ConfigMap: 'config',
  Secret: 'config',
  ServiceAccount: 'config',
  Namespace: 'config',
  LimitRange: 'quota',
  ResourceQuota: 'quota',
  Event: 'events',
};

/** The pod spec inside each kind's object, as path prefixes. */
const POD_SPEC_PREFIXES = ['spec.template.spec', 'spec.jobTemplate.spec.template.spec', 'template.spec', 'spec'];

function podSpecArea(rest: string): string {
  const container = /^(?:initContainers|containers|ephemeralContainers)\[\d+\]\.?(\w*)/.exec(rest);
  if (container) {
    const field = container[1] ?? '';
    if (field === 'ports') return 'ports';
    if (/^(livenessProbe|readinessProbe|startupProbe|lifecycle)$/.test(field)) return 'probes';
    if (/^(env|envFrom)$/.test(field)) return 'env';
    if (/^(resources|resizePolicy)$/.test(field)) return 'resources';
    if (field === 'securityContext') return 'security';
    if (/^(volumeMounts|volumeDevices)$/.test(field)) return 'volumes';
    return 'containers';
  }
  const field = /^(\w+)/.exec(rest)?.[1] ?? '';
  if (field === 'volumes') return 'volumes';
  if (/^(securityContext|hostPID|hostNetwork|hostIPC|hostUsers|shareProcessNamespace)$/.test(field)) return 'security';
  if (
    /^(affinity|tolerations|nodeSelector|nodeName|topologySpreadConstraints|schedulingGates|priority|priorityClassName|preemptionPolicy|schedulerName)$/.test(
      field,
    )
  )
    return 'scheduling';
  if (/^(dnsPolicy|dnsConfig|hostAliases|hostname|subdomain|setHostnameAsFQDN|hostnameOverride)$/.test(field))
    return 'dns';
  if (/^(resources|overhead|resourceClaims)$/.test(field)) return 'resources';
  return 'pod';
}

export function areaOf(kind: string, path: string): string {
  if (
    path === 'metadata' ||
    path.startsWith('metadata.') ||
    /^(spec\.template|spec\.jobTemplate(\.spec\.template)?|template)\.metadata/.test(path)
  )
    return 'metadata';
  if (
    kind === 'Pod' ||
    [
      'Deployment',
      'ReplicaSet',
      'StatefulSet',
      'DaemonSet',
      'ReplicationController',
      'PodTemplate',
      'Job',
      'CronJob',
    ].includes(kind)
  ) {
    for (const prefix of POD_SPEC_PREFIXES) {
      if (kind !== 'Pod' && prefix === 'spec') continue;
      if (kind === 'Pod' && prefix !== 'spec') continue;
      if (path.startsWith(`${prefix}.`)) return podSpecArea(path.slice(prefix.length + 1));
    }
  }
  return KIND_AREAS[kind] ?? 'other';
}
