/**
 * Rule ids that were renamed, old → new. The old ids keep working wherever an id is accepted
 * (config `rules:`, suppression comments and annotations, `podlint rules ID`), with a warning
 * that names the new id.
 */
export const RENAMED_RULES: Readonly<Record<string, string>> = {
  // Named by the kind, the schema keyword, or nothing; renamed for the problem they report.
  'immutable/metadata': 'immutable/uid-changed',
  'immutable/pod-spec': 'immutable/pod-spec-changed',
  'immutable/pod-annotations': 'immutable/pod-annotation-changed',
  'immutable/workload-selector': 'immutable/workload-selector-changed',
  'immutable/statefulset-spec': 'immutable/statefulset-spec-changed',
  'immutable/job-spec': 'immutable/job-spec-changed',
  'immutable/job-template': 'immutable/job-template-changed',
  'immutable/service': 'immutable/service-field-changed',
  'immutable/pvc-spec': 'immutable/pvc-spec-changed',
  'immutable/pv-spec': 'immutable/pv-spec-changed',
  'immutable/configmap-secret': 'immutable/configmap-secret-changed',
  'immutable/role-ref': 'immutable/role-ref-changed',
  'immutable/storage-class': 'immutable/storage-class-changed',
  'immutable/csi-driver': 'immutable/csi-driver-changed',
  'immutable/volume-attributes-class': 'immutable/volume-attributes-class-changed',
  'immutable/storage-internals': 'immutable/storage-object-changed',
  'immutable/priority-class': 'immutable/priority-class-changed',
  'immutable/ingress-class': 'immutable/ingress-class-controller-changed',
  'immutable/resource-quota': 'immutable/resource-quota-scopes-changed',
  'immutable/endpoint-slice': 'immutable/endpoint-slice-address-type-changed',
  'immutable/runtime-class': 'immutable/runtime-class-handler-changed',
  'immutable/resource-claim': 'immutable/resource-claim-spec-changed',
  'immutable/controller-revision': 'immutable/controller-revision-data-changed',
  'immutable/crd': 'immutable/crd-identity-changed',
  'immutable/cluster-trust-bundle': 'immutable/cluster-trust-bundle-signer-changed',
  'immutable/node': 'immutable/node-identity-changed',
  'schema/label': 'schema/label-invalid',
  'schema/constraint': 'schema/crd-constraint-violated',
  'schema/type': 'schema/wrong-type',
  'schema/required': 'schema/required-field-missing',
  'schema/enum': 'schema/value-unsupported',
  'schema/format': 'schema/value-unparsable',
  'schema/metadata-name': 'schema/metadata-name-invalid',
  'schema/yaml11-key': 'schema/yaml11-key-misread',
  'topology/missing': 'topology/spread-missing',
  'topology/single-replica': 'topology/spread-on-single-replica',
  'topology/pod-affinity-weight-range': 'topology/pod-affinity-weight-out-of-range',
  'ports/container-port-range': 'ports/container-port-out-of-range',
  'ports/host-port-range': 'ports/host-port-out-of-range',
  'probes/lifecycle-sleep-range': 'probes/lifecycle-sleep-out-of-range',
  'probes/probes-in-job': 'probes/readiness-in-job',
  'probes/init-container-probe': 'probes/init-container-probe-forbidden',
  'probes/ephemeral-container-probe': 'probes/ephemeral-container-probe-forbidden',
  'probes/liveness-success-threshold': 'probes/liveness-success-threshold-not-one',
  'probes/startup-success-threshold': 'probes/startup-success-threshold-not-one',
  'probes/lifecycle-tcp-socket': 'probes/lifecycle-tcp-socket-ignored',
  'restart/active-deadline-range': 'restart/active-deadline-out-of-range',
  'restart/workload-active-deadline': 'restart/workload-active-deadline-forbidden',
  'restart/ephemeral-container-policy': 'restart/ephemeral-container-policy-forbidden',
  'restart/rules-limits': 'restart/rules-too-many',
  'restart/job-onfailure-debugging': 'restart/job-onfailure-loses-logs',
};

/** The id a rule goes by now: a renamed rule's old id becomes its new one, any other id stays. */
export function currentRuleId(id: string): string {
  return Object.hasOwn(RENAMED_RULES, id) ? (RENAMED_RULES[id] ?? id) : id;
}
