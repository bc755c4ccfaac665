package main

import (
	"context"
	"fmt"

	corev1 "k8s.io/api/core/v1"
	apiextensionsinstall "k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/install"
	crdregistry "k8s.io/apiextensions-apiserver/pkg/registry/customresourcedefinition"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/apiserver/pkg/registry/rest"
	utilfeature "k8s.io/apiserver/pkg/util/feature"
	corev1client "k8s.io/client-go/kubernetes/typed/core/v1"
	"k8s.io/component-base/featuregate"

	"k8s.io/kubernetes/pkg/api/legacyscheme"
	// All API groups the kube-apiserver installs into the legacy scheme
	// (the list of pkg/controlplane/import_known_versions.go).
	_ "k8s.io/kubernetes/pkg/apis/admission/install"
	_ "k8s.io/kubernetes/pkg/apis/admissionregistration/install"
	_ "k8s.io/kubernetes/pkg/apis/apiserverinternal/install"
	_ "k8s.io/kubernetes/pkg/apis/apps/install"
	_ "k8s.io/kubernetes/pkg/apis/authentication/install"
	_ "k8s.io/kubernetes/pkg/apis/authorization/install"
	_ "k8s.io/kubernetes/pkg/apis/autoscaling/install"
	_ "k8s.io/kubernetes/pkg/apis/batch/install"
	_ "k8s.io/kubernetes/pkg/apis/certificates/install"
	_ "k8s.io/kubernetes/pkg/apis/coordination/install"
	_ "k8s.io/kubernetes/pkg/apis/core/install"
	_ "k8s.io/kubernetes/pkg/apis/discovery/install"
	_ "k8s.io/kubernetes/pkg/apis/events/install"
	_ "k8s.io/kubernetes/pkg/apis/extensions/install"
	_ "k8s.io/kubernetes/pkg/apis/flowcontrol/install"
	_ "k8s.io/kubernetes/pkg/apis/imagepolicy/install"
	_ "k8s.io/kubernetes/pkg/apis/lifecycle/install"
	_ "k8s.io/kubernetes/pkg/apis/networking/install"
	_ "k8s.io/kubernetes/pkg/apis/node/install"
	_ "k8s.io/kubernetes/pkg/apis/policy/install"
	_ "k8s.io/kubernetes/pkg/apis/rbac/install"
	_ "k8s.io/kubernetes/pkg/apis/resource/install"
	_ "k8s.io/kubernetes/pkg/apis/scheduling/install"
	_ "k8s.io/kubernetes/pkg/apis/storage/install"
	_ "k8s.io/kubernetes/pkg/apis/storagemigration/install"
	"k8s.io/kubernetes/pkg/features"

	"k8s.io/kubernetes/pkg/registry/admissionregistration/mutatingadmissionpolicy"
	"k8s.io/kubernetes/pkg/registry/admissionregistration/mutatingadmissionpolicybinding"
	"k8s.io/kubernetes/pkg/registry/admissionregistration/mutatingwebhookconfiguration"
	"k8s.io/kubernetes/pkg/registry/admissionregistration/validatingadmissionpolicy"
	"k8s.io/kubernetes/pkg/registry/admissionregistration/validatingadmissionpolicybinding"
	"k8s.io/kubernetes/pkg/registry/admissionregistration/validatingwebhookconfiguration"
	"k8s.io/kubernetes/pkg/registry/apps/controllerrevision"
	"k8s.io/kubernetes/pkg/registry/apps/daemonset"
	"k8s.io/kubernetes/pkg/registry/apps/deployment"
	"k8s.io/kubernetes/pkg/registry/apps/replicaset"
	"k8s.io/kubernetes/pkg/registry/apps/statefulset"
	"k8s.io/kubernetes/pkg/registry/autoscaling/horizontalpodautoscaler"
	"k8s.io/kubernetes/pkg/registry/batch/cronjob"
	"k8s.io/kubernetes/pkg/registry/batch/job"
	csrregistry "k8s.io/kubernetes/pkg/registry/certificates/certificates"
	"k8s.io/kubernetes/pkg/registry/certificates/clustertrustbundle"
	"k8s.io/kubernetes/pkg/registry/certificates/podcertificaterequest"
	"k8s.io/kubernetes/pkg/registry/coordination/lease"
	"k8s.io/kubernetes/pkg/registry/core/configmap"
	"k8s.io/kubernetes/pkg/registry/core/endpoint"
	"k8s.io/kubernetes/pkg/registry/core/event"
	"k8s.io/kubernetes/pkg/registry/core/limitrange"
	"k8s.io/kubernetes/pkg/registry/core/namespace"
	"k8s.io/kubernetes/pkg/registry/core/node"
	"k8s.io/kubernetes/pkg/registry/core/persistentvolume"
	"k8s.io/kubernetes/pkg/registry/core/persistentvolumeclaim"
	podregistry "k8s.io/kubernetes/pkg/registry/core/pod"
	"k8s.io/kubernetes/pkg/registry/core/podtemplate"
	"k8s.io/kubernetes/pkg/registry/core/replicationcontroller"
	"k8s.io/kubernetes/pkg/registry/core/resourcequota"
	"k8s.io/kubernetes/pkg/registry/core/secret"
	"k8s.io/kubernetes/pkg/registry/core/service"
	"k8s.io/kubernetes/pkg/registry/core/serviceaccount"
	"k8s.io/kubernetes/pkg/registry/discovery/endpointslice"
	"k8s.io/kubernetes/pkg/registry/flowcontrol/flowschema"
	"k8s.io/kubernetes/pkg/registry/flowcontrol/prioritylevelconfiguration"
	"k8s.io/kubernetes/pkg/registry/networking/ingress"
	"k8s.io/kubernetes/pkg/registry/networking/ingressclass"
	"k8s.io/kubernetes/pkg/registry/networking/ipaddress"
	"k8s.io/kubernetes/pkg/registry/networking/networkpolicy"
	"k8s.io/kubernetes/pkg/registry/networking/servicecidr"
	"k8s.io/kubernetes/pkg/registry/node/runtimeclass"
	"k8s.io/kubernetes/pkg/registry/policy/poddisruptionbudget"
	"k8s.io/kubernetes/pkg/registry/rbac/clusterrole"
	"k8s.io/kubernetes/pkg/registry/rbac/clusterrolebinding"
	"k8s.io/kubernetes/pkg/registry/rbac/role"
	"k8s.io/kubernetes/pkg/registry/rbac/rolebinding"
	"k8s.io/kubernetes/pkg/registry/resource/deviceclass"
	"k8s.io/kubernetes/pkg/registry/resource/devicetaintrule"
	"k8s.io/kubernetes/pkg/registry/resource/resourceclaim"
	"k8s.io/kubernetes/pkg/registry/resource/resourceclaimtemplate"
	"k8s.io/kubernetes/pkg/registry/resource/resourceslice"
	"k8s.io/kubernetes/pkg/registry/scheduling/priorityclass"
	"k8s.io/kubernetes/pkg/registry/storage/csidriver"
	"k8s.io/kubernetes/pkg/registry/storage/csinode"
	"k8s.io/kubernetes/pkg/registry/storage/csistoragecapacity"
	"k8s.io/kubernetes/pkg/registry/storage/storageclass"
	"k8s.io/kubernetes/pkg/registry/storage/volumeattachment"
	"k8s.io/kubernetes/pkg/registry/storage/volumeattributesclass"
	"k8s.io/kubernetes/pkg/registry/storagemigration/storagemigration"
)

// strategy is what the generic registry store needs for create and update.
type strategy interface {
	rest.RESTCreateStrategy
	rest.RESTUpdateStrategy
}

// kindInfo describes one served, checkable kind.
type kindInfo struct {
	resource string              // plural resource name, for the RequestInfo
	strategy strategy            // the registry strategy of the resource
	scheme   *runtime.Scheme     // scheme the kind is registered in
	gate     featuregate.Feature // REST storage only installed when this gate is on ("" = always)
}

// servedGroupVersions are the group versions a 1.37 kube-apiserver serves with
// its default resource configuration: the stable lists of
// pkg/controlplane/instance.go (genericStableAPIGroupVersionsEnabledByDefault and
// stableAPIGroupVersionsEnabledByDefault; all beta and alpha versions are
// disabled by default), plus the groups of the apiextensions-apiserver and
// kube-aggregator that sit in the same server chain.
var servedGroupVersions = map[schema.GroupVersion]bool{
	{Group: "admissionregistration.k8s.io", Version: "v1"}: true,
	{Group: "", Version: "v1"}:                             true,
	{Group: "authentication.k8s.io", Version: "v1"}:        true,
	{Group: "authorization.k8s.io", Version: "v1"}:         true,
	{Group: "certificates.k8s.io", Version: "v1"}:          true,
	{Group: "coordination.k8s.io", Version: "v1"}:          true,
	{Group: "events.k8s.io", Version: "v1"}:                true,
	{Group: "rbac.authorization.k8s.io", Version: "v1"}:    true,
	{Group: "flowcontrol.apiserver.k8s.io", Version: "v1"}: true,
	{Group: "apps", Version: "v1"}:                         true,
	{Group: "autoscaling", Version: "v1"}:                  true,
	{Group: "autoscaling", Version: "v2"}:                  true,
	{Group: "batch", Version: "v1"}:                        true,
	{Group: "discovery.k8s.io", Version: "v1"}:             true,
	{Group: "networking.k8s.io", Version: "v1"}:            true,
	{Group: "node.k8s.io", Version: "v1"}:                  true,
	{Group: "policy", Version: "v1"}:                       true,
	{Group: "resource.k8s.io", Version: "v1"}:              true,
	{Group: "storage.k8s.io", Version: "v1"}:               true,
	{Group: "scheduling.k8s.io", Version: "v1"}:            true,
	{Group: "storagemigration.k8s.io", Version: "v1"}:      true,
	// other servers of the kube-apiserver chain
	{Group: "apiextensions.k8s.io", Version: "v1"}:   true,
	{Group: "apiregistration.k8s.io", Version: "v1"}: true,
}

// servedButUnchecked are kinds a 1.37 server serves (so they are not
// "no matches for kind") for which the oracle has no strategy to run:
// review-style virtual resources and the aggregator's APIService.
var servedButUnchecked = map[schema.GroupKind]bool{
	{Group: "apiregistration.k8s.io", Kind: "APIService"}:             true,
	{Group: "authentication.k8s.io", Kind: "TokenReview"}:             true,
	{Group: "authentication.k8s.io", Kind: "SelfSubjectReview"}:       true,
	{Group: "authentication.k8s.io", Kind: "TokenRequest"}:            true,
	{Group: "authorization.k8s.io", Kind: "SubjectAccessReview"}:      true,
	{Group: "authorization.k8s.io", Kind: "SelfSubjectAccessReview"}:  true,
	{Group: "authorization.k8s.io", Kind: "SelfSubjectRulesReview"}:   true,
	{Group: "authorization.k8s.io", Kind: "LocalSubjectAccessReview"}: true,
	{Group: "", Kind: "Binding"}:                                      true,
	{Group: "", Kind: "ComponentStatus"}:                              true,
	{Group: "policy", Kind: "Eviction"}:                               true,
}

// apiextensionsScheme holds the CustomResourceDefinition types.
var apiextensionsScheme = func() *runtime.Scheme {
	s := runtime.NewScheme()
	apiextensionsinstall.Install(s)
	return s
}()

// namespaceGetter answers the few namespace look-ups some strategies make
// (DRA admin access) with a namespace without labels.
type namespaceGetter struct {
	corev1client.NamespaceInterface
}

func (namespaceGetter) Get(_ context.Context, name string, _ metav1.GetOptions) (*corev1.Namespace, error) {
	if name == "" {
		return nil, apierrors.NewNotFound(schema.GroupResource{Resource: "namespaces"}, name)
	}
	return &corev1.Namespace{ObjectMeta: metav1.ObjectMeta{Name: name}}, nil
}

// resourceResolver is only needed to be non-nil: with a nil authorizer the
// admission policy strategies never call it.
type resourceResolver struct{}

func (resourceResolver) Resolve(gvk schema.GroupVersionKind) (schema.GroupVersionResource, error) {
	return schema.GroupVersionResource{}, fmt.Errorf("resource resolution is not available in the oracle")
}

// kinds maps every checkable group/kind to its registry strategy. Versions come
// from servedGroupVersions.
var kinds = buildKinds()

func buildKinds() map[schema.GroupKind]kindInfo {
	kinds := map[schema.GroupKind]kindInfo{}
	add := func(group, kind, resource string, s strategy, gate featuregate.Feature) {
		kinds[schema.GroupKind{Group: group, Kind: kind}] = kindInfo{resource: resource, strategy: s, scheme: legacyscheme.Scheme, gate: gate}
	}
	// core/v1
	add("", "Pod", "pods", podregistry.Strategy, "")
	add("", "PodTemplate", "podtemplates", podtemplate.Strategy, "")
	add("", "ReplicationController", "replicationcontrollers", replicationcontroller.Strategy, "")
	add("", "Service", "services", service.Strategy, "")
	add("", "PersistentVolumeClaim", "persistentvolumeclaims", persistentvolumeclaim.Strategy, "")
	add("", "PersistentVolume", "persistentvolumes", persistentvolume.Strategy, "")
	add("", "ConfigMap", "configmaps", configmap.Strategy, "")
	add("", "Secret", "secrets", secret.Strategy, "")
	add("", "Namespace", "namespaces", namespace.Strategy, "")
	add("", "ServiceAccount", "serviceaccounts", serviceaccount.Strategy, "")
	add("", "LimitRange", "limitranges", limitrange.Strategy, "")
	add("", "ResourceQuota", "resourcequotas", resourcequota.Strategy, "")
	add("", "Endpoints", "endpoints", endpoint.Strategy, "")
	add("", "Event", "events", event.Strategy, "")
	add("", "Node", "nodes", node.Strategy, "")
	// events.k8s.io/v1 is stored as core Events
	add("events.k8s.io", "Event", "events", event.Strategy, "")
	// apps/v1
	add("apps", "Deployment", "deployments", deployment.Strategy, "")
	add("apps", "ReplicaSet", "replicasets", replicaset.Strategy, "")
	add("apps", "StatefulSet", "statefulsets", statefulset.Strategy, "")
	add("apps", "DaemonSet", "daemonsets", daemonset.Strategy, "")
	add("apps", "ControllerRevision", "controllerrevisions", controllerrevision.Strategy, "")
	// batch/v1
	add("batch", "Job", "jobs", job.Strategy, "")
	add("batch", "CronJob", "cronjobs", cronjob.Strategy, "")
	// autoscaling/v1, v2
	add("autoscaling", "HorizontalPodAutoscaler", "horizontalpodautoscalers", horizontalpodautoscaler.Strategy, "")
	// networking.k8s.io/v1
	add("networking.k8s.io", "Ingress", "ingresses", ingress.Strategy, "")
	add("networking.k8s.io", "IngressClass", "ingressclasses", ingressclass.Strategy, "")
	add("networking.k8s.io", "NetworkPolicy", "networkpolicies", networkpolicy.Strategy, "")
	add("networking.k8s.io", "IPAddress", "ipaddresses", ipaddress.Strategy, "")
	add("networking.k8s.io", "ServiceCIDR", "servicecidrs", servicecidr.Strategy, "")
	// rbac.authorization.k8s.io/v1
	add("rbac.authorization.k8s.io", "Role", "roles", role.Strategy, "")
	add("rbac.authorization.k8s.io", "ClusterRole", "clusterroles", clusterrole.Strategy, "")
	add("rbac.authorization.k8s.io", "RoleBinding", "rolebindings", rolebinding.Strategy, "")
	add("rbac.authorization.k8s.io", "ClusterRoleBinding", "clusterrolebindings", clusterrolebinding.Strategy, "")
	// policy/v1
	add("policy", "PodDisruptionBudget", "poddisruptionbudgets", poddisruptionbudget.Strategy, "")
	// scheduling.k8s.io/v1
	add("scheduling.k8s.io", "PriorityClass", "priorityclasses", priorityclass.Strategy, "")
	// storage.k8s.io/v1
	add("storage.k8s.io", "StorageClass", "storageclasses", storageclass.Strategy, "")
	add("storage.k8s.io", "CSIDriver", "csidrivers", csidriver.Strategy, "")
	add("storage.k8s.io", "CSINode", "csinodes", csinode.Strategy, "")
	add("storage.k8s.io", "CSIStorageCapacity", "csistoragecapacities", csistoragecapacity.Strategy, "")
	add("storage.k8s.io", "VolumeAttachment", "volumeattachments", volumeattachment.Strategy, "")
	add("storage.k8s.io", "VolumeAttributesClass", "volumeattributesclasses", volumeattributesclass.Strategy, "")
	// discovery.k8s.io/v1
	add("discovery.k8s.io", "EndpointSlice", "endpointslices", endpointslice.Strategy, "")
	// node.k8s.io/v1
	add("node.k8s.io", "RuntimeClass", "runtimeclasses", runtimeclass.Strategy, "")
	// coordination.k8s.io/v1
	add("coordination.k8s.io", "Lease", "leases", lease.Strategy, "")
	// flowcontrol.apiserver.k8s.io/v1
	add("flowcontrol.apiserver.k8s.io", "FlowSchema", "flowschemas", flowschema.Strategy, "")
	add("flowcontrol.apiserver.k8s.io", "PriorityLevelConfiguration", "prioritylevelconfigurations", prioritylevelconfiguration.Strategy, "")
	// certificates.k8s.io/v1
	add("certificates.k8s.io", "CertificateSigningRequest", "certificatesigningrequests", csrregistry.Strategy, "")
	add("certificates.k8s.io", "ClusterTrustBundle", "clustertrustbundles", clustertrustbundle.Strategy, features.ClusterTrustBundle)
	add("certificates.k8s.io", "PodCertificateRequest", "podcertificaterequests", podcertificaterequest.NewStrategy(), features.PodCertificateRequest)
	// admissionregistration.k8s.io/v1 (nil authorizer: paramKind/paramRef authorization is skipped)
	add("admissionregistration.k8s.io", "ValidatingWebhookConfiguration", "validatingwebhookconfigurations", validatingwebhookconfiguration.Strategy, "")
	add("admissionregistration.k8s.io", "MutatingWebhookConfiguration", "mutatingwebhookconfigurations", mutatingwebhookconfiguration.Strategy, "")
	add("admissionregistration.k8s.io", "ValidatingAdmissionPolicy", "validatingadmissionpolicies", validatingadmissionpolicy.NewStrategy(nil, resourceResolver{}), "")
	add("admissionregistration.k8s.io", "ValidatingAdmissionPolicyBinding", "validatingadmissionpolicybindings", validatingadmissionpolicybinding.NewStrategy(nil, nil, resourceResolver{}), "")
	add("admissionregistration.k8s.io", "MutatingAdmissionPolicy", "mutatingadmissionpolicies", mutatingadmissionpolicy.NewStrategy(nil, resourceResolver{}), "")
	add("admissionregistration.k8s.io", "MutatingAdmissionPolicyBinding", "mutatingadmissionpolicybindings", mutatingadmissionpolicybinding.NewStrategy(nil, nil, resourceResolver{}), "")
	// resource.k8s.io/v1
	add("resource.k8s.io", "DeviceClass", "deviceclasses", deviceclass.Strategy, "")
	add("resource.k8s.io", "DeviceTaintRule", "devicetaintrules", devicetaintrule.Strategy, "")
	add("resource.k8s.io", "ResourceClaim", "resourceclaims", resourceclaim.NewStrategy(namespaceGetter{}, nil), "")
	add("resource.k8s.io", "ResourceClaimTemplate", "resourceclaimtemplates", resourceclaimtemplate.NewStrategy(namespaceGetter{}), "")
	add("resource.k8s.io", "ResourceSlice", "resourceslices", resourceslice.Strategy, "")
	// storagemigration.k8s.io/v1
	add("storagemigration.k8s.io", "StorageVersionMigration", "storageversionmigrations", storagemigration.Strategy, features.StorageVersionMigrator)
	// apiextensions.k8s.io/v1 (apiextensions-apiserver)
	kinds[schema.GroupKind{Group: "apiextensions.k8s.io", Kind: "CustomResourceDefinition"}] = kindInfo{
		resource: "customresourcedefinitions",
		strategy: crdregistry.NewStrategy(apiextensionsScheme),
		scheme:   apiextensionsScheme,
	}
	return kinds
}

// builtinGroups are the API groups a kube-apiserver knows about (served or
// not): an apiVersion in one of them that is not served is "no matches for
// kind", never a custom resource.
func builtinGroups() map[string]bool {
	groups := map[string]bool{}
	for gvk := range legacyscheme.Scheme.AllKnownTypes() {
		groups[gvk.Group] = true
	}
	for gv := range servedGroupVersions {
		groups[gv.Group] = true
	}
	return groups
}

// gateEnabled reports whether a feature gate is on by default in this release.
func gateEnabled(g featuregate.Feature) bool {
	return g == "" || utilfeature.DefaultFeatureGate.Enabled(g)
}
