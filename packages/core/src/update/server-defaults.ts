/**
 * The API server's defaults (pkg/apis/<group>/v1/defaults.go) for the fields the immutable-field
 * rules compare, so that an omitted default never looks like a change. Defaults are filled only
 * where a field is absent, on a copy: rules keep reading the user's values through the view.
 */
import { asArray, asObject, isObject, type PlainObject } from '../model/values.js';

export function withServerDefaults(kind: string, object: PlainObject): PlainObject {
  const copy = structuredClone(object);
  const spec = asObject(copy.spec);
  switch (kind) {
    case 'Pod':
      if (spec) defaultPodSpec(spec, true);
      break;
    case 'Job':
      if (spec) defaultJobSpec(spec);
      break;
    case 'StatefulSet':
      if (spec) defaultStatefulSetSpec(spec);
      break;
    case 'Deployment':
      if (spec) defaultRollingUpdate(spec, 'strategy', { maxUnavailable: '25%', maxSurge: '25%' });
      break;
    case 'Service':
      if (spec) defaultServiceSpec(spec);
      break;
    case 'PersistentVolumeClaim':
      if (spec) setIfNil(spec, 'volumeMode', 'Filesystem');
      break;
    case 'PersistentVolume':
      if (spec) {
        setIfNil(spec, 'volumeMode', 'Filesystem');
        setIfAbsent(spec, 'persistentVolumeReclaimPolicy', 'Retain');
      }
      break;
    case 'Secret':
      setIfAbsent(copy, 'type', 'Opaque');
      break;
    case 'StorageClass':
      setIfNil(copy, 'reclaimPolicy', 'Delete');
      setIfNil(copy, 'volumeBindingMode', 'Immediate');
      break;
    case 'PriorityClass':
      setIfNil(copy, 'preemptionPolicy', 'PreemptLowerPriority');
      break;
    case 'Node':
      if (spec) {
        // The stored v1 Node carries both fields in sync.
        const ranges = Array.isArray(spec.podCIDRs) ? spec.podCIDRs : [];
        if (typeof ranges[0] === 'string') setIfAbsent(spec, 'podCIDR', ranges[0]);
        else if (typeof spec.podCIDR === 'string' && spec.podCIDR !== '') spec.podCIDRs = [spec.podCIDR];
      }
      break;
    case 'CSIDriver': {
      // SetDefaults_CSIDriver fills a missing spec too, and an empty list of modes.
      const driverSpec = spec ?? {};
      setIfAbsent(driverSpec, 'attachRequired', true);
      if (asArray(driverSpec.volumeLifecycleModes).length === 0) driverSpec.volumeLifecycleModes = ['Persistent'];
      copy.spec = driverSpec;
      break;
    }
    case 'ResourceClaim':
      if (spec) defaultClaimSpec(spec);
      break;
    case 'ResourceClaimTemplate': {
      const claimSpec = asObject(spec?.spec);
      if (claimSpec) defaultClaimSpec(claimSpec);
      break;
    }
    case 'CustomResourceDefinition':
      // SetDefaults_CustomResourceDefinitionSpec: no conversion is no conversion webhook.
      if (spec) setIfNil(spec, 'conversion', { strategy: 'None' });
      break;
    case 'RoleBinding':
    case 'ClusterRoleBinding': {
      // SetDefaults_RoleBinding / SetDefaults_ClusterRoleBinding (rbac/v1).
      const roleRef = asObject(copy.roleRef);
      if (roleRef) setIfAbsent(roleRef, 'apiGroup', 'rbac.authorization.k8s.io');
      break;
    }
    default:
      break;
  }
  return copy;
}

/**
 * SetDefaults_ExactDeviceRequest and SetDefaults_DeviceSubRequest (resource/v1), and the alpha
 * derivedAttributes the API server drops while DRADerivedAttributes is off (1.37).
 */
function defaultClaimSpec(claimSpec: PlainObject): void {
  for (const value of asArray(asObject(claimSpec.devices)?.requests)) {
    const request = asObject(value);
    if (!request) continue;
    const exactly = asObject(request.exactly);
    const requests = exactly ? [exactly] : asArray(request.firstAvailable).map(asObject);
    for (const device of requests) {
      if (!device) continue;
      setIfAbsent(device, 'allocationMode', 'ExactCount');
      if (
        device.allocationMode === 'ExactCount' &&
        (device.count === undefined || device.count === null || device.count === 0)
      )
        device.count = 1;
      delete device.derivedAttributes;
    }
  }
}

/** A plain string field: defaulting fills it when it is "" (Go's zero value) too. */
function setIfAbsent(object: PlainObject, key: string, value: unknown): void {
  const current = object[key];
  if (current === undefined || current === null || current === '') object[key] = value;
}

/**
 * A pointer field (a StorageClass's reclaimPolicy, a claim's volumeMode, a rolling update's
 * IntOrString amounts): defaulting fills it only when absent; a written "" stays, and is refused
 * or kept as it is.
 */
function setIfNil(object: PlainObject, key: string, value: unknown): void {
  if (isAbsent(object[key])) object[key] = value;
}

function defaultJobSpec(spec: PlainObject): void {
  if (isAbsent(spec.completions) && isAbsent(spec.parallelism)) {
    spec.completions = 1;
    spec.parallelism = 1;
  }
  setIfAbsent(spec, 'parallelism', 1);
  setIfAbsent(spec, 'backoffLimit', isAbsent(spec.backoffLimitPerIndex) ? 6 : 2147483647);
  setIfNil(spec, 'completionMode', 'NonIndexed');
  setIfAbsent(spec, 'suspend', false);
  setIfAbsent(spec, 'manualSelector', false);
  setIfNil(spec, 'podReplacementPolicy', isAbsent(spec.podFailurePolicy) ? 'TerminatingOrFailed' : 'Failed');
  const podSpec = asObject(asObject(spec.template)?.spec);
  if (podSpec) defaultPodSpec(podSpec, false);
}

/** A strategy without a type is RollingUpdate, with its settings filled in. */
function defaultRollingUpdate(spec: PlainObject, field: string, settings: PlainObject): void {
  const strategy = asObject(spec[field]) ?? {};
  setIfAbsent(strategy, 'type', 'RollingUpdate');
  if (strategy.type === 'RollingUpdate') {
    const rollingUpdate = asObject(strategy.rollingUpdate) ?? {};
    for (const [key, value] of Object.entries(settings)) setIfNil(rollingUpdate, key, value);
    strategy.rollingUpdate = rollingUpdate;
  }
  spec[field] = strategy;
}

function defaultStatefulSetSpec(spec: PlainObject): void {
  defaultRollingUpdate(spec, 'updateStrategy', { partition: 0 });
  setIfAbsent(spec, 'podManagementPolicy', 'OrderedReady');
  setIfAbsent(spec, 'replicas', 1);
  setIfAbsent(spec, 'revisionHistoryLimit', 10);
  for (const template of asArray(spec.volumeClaimTemplates)) {
    if (!isObject(template)) continue;
    // apps/v1 conversion clears the embedded TypeMeta; status defaults to Pending.
    delete template.apiVersion;
    delete template.kind;
    const status = asObject(template.status) ?? {};
    setIfAbsent(status, 'phase', 'Pending');
    template.status = status;
    const claimSpec = asObject(template.spec);
    if (claimSpec) setIfNil(claimSpec, 'volumeMode', 'Filesystem');
  }
}

function defaultServiceSpec(spec: PlainObject): void {
  setIfAbsent(spec, 'type', 'ClusterIP');
  setIfAbsent(spec, 'sessionAffinity', 'None');
  for (const port of asArray(spec.ports)) {
    if (!isObject(port)) continue;
    setIfAbsent(port, 'protocol', 'TCP');
    setIfAbsent(port, 'targetPort', port.port);
  }
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null;
}

/** SetDefaults_PodSpec, SetDefaults_Container and friends; `isPod` adds SetDefaults_Pod. */
export function defaultPodSpec(spec: PlainObject, isPod: boolean): void {
  setIfAbsent(spec, 'dnsPolicy', 'ClusterFirst');
  setIfAbsent(spec, 'restartPolicy', 'Always');
  setIfAbsent(spec, 'schedulerName', 'default-scheduler');
  setIfAbsent(spec, 'terminationGracePeriodSeconds', 30);
  if (isAbsent(spec.serviceAccountName) || spec.serviceAccountName === '') {
    if (typeof spec.serviceAccount === 'string' && spec.serviceAccount !== '')
      spec.serviceAccountName = spec.serviceAccount;
  }
  if (typeof spec.serviceAccountName === 'string' && spec.serviceAccountName !== '')
    spec.serviceAccount = spec.serviceAccountName;
  if (isPod) {
    setIfAbsent(spec, 'enableServiceLinks', true);
    if (typeof spec.terminationGracePeriodSeconds === 'number' && spec.terminationGracePeriodSeconds < 0)
      spec.terminationGracePeriodSeconds = 1;
  }
  for (const list of ['initContainers', 'containers', 'ephemeralContainers']) {
    for (const container of asArray(spec[list])) {
      if (isObject(container))
        defaultContainer(container, isPod && list !== 'ephemeralContainers', spec.hostNetwork === true);
    }
  }
  for (const volume of asArray(spec.volumes)) if (isObject(volume)) defaultVolume(volume);
  dropAlphaPodFields(spec);
}

/**
 * Fields of alpha features that are off by default in 1.37 (EvictionRequestAPI, schedulingGroup,
 * VolumeBindMountOptions, EmptyDirVolumeMode, the volumes' defaultUser, ContainerStopSignals,
 * H2CContainerProbe, GRPCContainerProbeTLS; see also probes/field-dropped): the API server drops
 * them from a pod spec that does not use them yet (pkg/api/pod/util.go's dropDisabled…
 * functions), so a live object never has them and adding one is no change.
 */
function dropAlphaPodFields(spec: PlainObject): void {
  delete spec.evictionResponders;
  delete spec.schedulingGroup;
  for (const list of ['initContainers', 'containers', 'ephemeralContainers']) {
    for (const value of asArray(spec[list])) {
      const container = asObject(value);
      if (!container) continue;
      for (const mount of asArray(container.volumeMounts)) if (isObject(mount)) delete mount.bindMountOptions;
      const lifecycle = asObject(container.lifecycle);
      // dropContainerStopSignals clears a lifecycle that held only the stop signal.
      if (lifecycle && 'stopSignal' in lifecycle) {
        delete lifecycle.stopSignal;
        if (Object.keys(lifecycle).length === 0) delete container.lifecycle;
      }
      const handlers = [
        container.livenessProbe,
        container.readinessProbe,
        container.startupProbe,
        lifecycle?.postStart,
        lifecycle?.preStop,
      ];
      for (const handler of handlers.map(asObject)) {
        const httpGet = asObject(handler?.httpGet);
        if (httpGet) delete httpGet.protocol;
        const grpc = asObject(handler?.grpc);
        if (grpc) delete grpc.mode;
      }
    }
  }
  for (const volume of asArray(spec.volumes)) {
    if (!isObject(volume)) continue;
    const emptyDir = asObject(volume.emptyDir);
    if (emptyDir) delete emptyDir.mode;
    for (const source of ['secret', 'configMap', 'downwardAPI', 'projected']) {
      const value = asObject(volume[source]);
      if (value) delete value.defaultUser;
      dropItemUsers(value);
    }
    for (const projection of asArray(asObject(volume.projected)?.sources)) {
      for (const [name, value] of Object.entries(asObject(projection) ?? {})) {
        const source = asObject(value);
        if (!source) continue;
        if (name === 'serviceAccountToken' || name === 'clusterTrustBundle' || name === 'podCertificate')
          delete source.user;
        dropItemUsers(source);
      }
    }
  }
}

/** The per-file `user` of the same alpha feature as `defaultUser`. */
function dropItemUsers(source: PlainObject | undefined): void {
  for (const item of asArray(source?.items)) if (isObject(item)) delete item.user;
}

function defaultContainer(container: PlainObject, copyLimitsToRequests: boolean, hostNetwork: boolean): void {
  if (typeof container.image === 'string')
    setIfAbsent(container, 'imagePullPolicy', imageTag(container.image) === 'latest' ? 'Always' : 'IfNotPresent');
  setIfAbsent(container, 'terminationMessagePath', '/dev/termination-log');
  setIfAbsent(container, 'terminationMessagePolicy', 'File');
  for (const port of asArray(container.ports)) {
    if (!isObject(port)) continue;
    setIfAbsent(port, 'protocol', 'TCP');
    if (hostNetwork && isAbsent(port.hostPort)) port.hostPort = port.containerPort;
  }
  for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
    const value = asObject(container[probe]);
    if (!value) continue;
    // SetDefaults_Probe fills zeros too.
    for (const [key, fallback] of [
      ['timeoutSeconds', 1],
      ['periodSeconds', 10],
      ['successThreshold', 1],
      ['failureThreshold', 3],
    ] as const) {
      if (value[key] === 0 || isAbsent(value[key])) value[key] = fallback;
    }
    defaultHttpGet(asObject(value.httpGet));
  }
  const lifecycle = asObject(container.lifecycle);
  for (const hook of ['postStart', 'preStop']) defaultHttpGet(asObject(asObject(lifecycle?.[hook])?.httpGet));
  for (const variable of asArray(container.env)) {
    const fieldRef = asObject(asObject(asObject(variable)?.valueFrom)?.fieldRef);
    if (fieldRef) setIfAbsent(fieldRef, 'apiVersion', 'v1');
  }
  const resources = asObject(container.resources);
  const limits = asObject(resources?.limits);
  if (copyLimitsToRequests && resources && limits) {
    const requests = asObject(resources.requests) ?? {};
    for (const [name, value] of Object.entries(limits)) if (!(name in requests)) requests[name] = value;
    resources.requests = requests;
  }
}

function defaultHttpGet(action: PlainObject | undefined): void {
  if (!action) return;
  setIfAbsent(action, 'path', '/');
  setIfAbsent(action, 'scheme', 'HTTP');
}

function defaultVolume(volume: PlainObject): void {
  for (const source of ['secret', 'configMap', 'downwardAPI', 'projected']) {
    const value = asObject(volume[source]);
    if (value) setIfAbsent(value, 'defaultMode', 420);
  }
  for (const projection of asArray(asObject(volume.projected)?.sources)) {
    const token = asObject(asObject(projection)?.serviceAccountToken);
    if (token) setIfAbsent(token, 'expirationSeconds', 3600);
  }
  for (const item of [...asArray(asObject(volume.downwardAPI)?.items)]) {
    const fieldRef = asObject(asObject(item)?.fieldRef);
    if (fieldRef) setIfAbsent(fieldRef, 'apiVersion', 'v1');
  }
  const sources = Object.keys(volume).filter((key) => key !== 'name');
  if (sources.length === 0) volume.emptyDir = {};
}

/** The tag of an image reference as the kubelet's parser reads it: `latest` when there is neither tag nor digest. */
export function imageTag(image: string): string {
  const at = image.indexOf('@');
  const name = at === -1 ? image : image.slice(0, at);
  const lastSlash = name.lastIndexOf('/');
  const colon = name.indexOf(':', lastSlash + 1);
  if (colon !== -1) return name.slice(colon + 1);
  return at === -1 ? 'latest' : '';
}
