package main

import (
	"fmt"
	"net/netip"
	"slices"

	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/util/validation/field"
	"k8s.io/kubernetes/pkg/apis/core"
	corevalidation "k8s.io/kubernetes/pkg/apis/core/validation"
	"k8s.io/kubernetes/pkg/capabilities"
)

// The parts of the create/update path that are not in the registry strategies
// and that change what validation sees, re-done here for a default cluster:
//
//   - kube-apiserver --allow-privileged=true, as kubeadm, kind and the
//     managed offerings run it (the flag's own default is false);
//   - the ServiceAccount admission plugin (enabled by default) gives Pods
//     without one the "default" service account before validation;
//   - the Service REST storage allocates cluster IPs, IP families, node ports
//     and the health check node port before validation, here for a
//     single-stack IPv4 cluster with the default node port range.
func init() {
	capabilities.Setup(true, 0)
}

const (
	nodePortMin = 30000
	nodePortMax = 32767
	// stand-in for an allocated cluster IP: any valid IP would do
	allocatedClusterIP = "10.96.0.10"
)

// beforeCreateHooks runs the mutating admission and REST storage steps that
// precede rest.BeforeCreate.
func beforeCreateHooks(obj runtime.Object) field.ErrorList {
	switch o := obj.(type) {
	case *core.Pod:
		if o.Spec.ServiceAccountName == "" {
			if _, mirror := o.Annotations[core.MirrorPodAnnotationKey]; !mirror {
				o.Spec.ServiceAccountName = "default"
				o.Spec.DeprecatedServiceAccount = "default" //nolint:staticcheck // set by the plugin too
			}
		}
	case *core.Service:
		// ClusterIP and ClusterIPs in sync: a client that gave the singular only
		if o.Spec.ClusterIP != "" && len(o.Spec.ClusterIPs) == 0 {
			o.Spec.ClusterIPs = []string{o.Spec.ClusterIP}
		}
		return allocateService(o, nil)
	}
	return nil
}

// beforeUpdateHooks runs the REST storage steps that precede rest.BeforeUpdate.
func beforeUpdateHooks(obj, old runtime.Object) field.ErrorList {
	svc, ok := obj.(*core.Service)
	if !ok {
		return nil
	}
	oldSvc := old.(*core.Service)
	// values allocated to the live object are kept when the new one omits them
	if svc.Spec.Type != core.ServiceTypeExternalName && oldSvc.Spec.Type != core.ServiceTypeExternalName {
		if svc.Spec.ClusterIP == "" {
			svc.Spec.ClusterIP = oldSvc.Spec.ClusterIP
		}
		if len(svc.Spec.ClusterIPs) == 0 {
			svc.Spec.ClusterIPs = oldSvc.Spec.ClusterIPs
		}
		if svc.Spec.IPFamilyPolicy == nil {
			svc.Spec.IPFamilyPolicy = oldSvc.Spec.IPFamilyPolicy
		}
		if len(svc.Spec.IPFamilies) == 0 {
			svc.Spec.IPFamilies = oldSvc.Spec.IPFamilies
		}
	}
	if needsNodePorts(svc) && needsNodePorts(oldSvc) {
		byName := map[string]int32{}
		for _, p := range oldSvc.Spec.Ports {
			byName[p.Name] = p.NodePort
		}
		used := map[int32]bool{}
		for _, p := range svc.Spec.Ports {
			used[p.NodePort] = true
		}
		for i := range svc.Spec.Ports {
			p := &svc.Spec.Ports[i]
			if p.NodePort == 0 && !used[byName[p.Name]] {
				p.NodePort = byName[p.Name]
			}
		}
	}
	if svc.Spec.HealthCheckNodePort == 0 && needsHealthCheckNodePort(svc) && needsHealthCheckNodePort(oldSvc) {
		svc.Spec.HealthCheckNodePort = oldSvc.Spec.HealthCheckNodePort
	}
	syncClusterIPsOnUpdate(svc, oldSvc)
	return allocateService(svc, oldSvc)
}

// syncClusterIPsOnUpdate keeps clusterIPs in step with clusterIP as the Service
// storage does on update (normalizeClusterIPs): a client that changes only the
// singular gets the plural made from it; one that clears only the singular gets
// the plural cleared; one that omits the plural keeps the old one.
func syncClusterIPsOnUpdate(svc, oldSvc *core.Service) {
	samePlural := func() bool {
		return slices.Equal(oldSvc.Spec.ClusterIPs, svc.Spec.ClusterIPs)
	}
	if len(svc.Spec.ClusterIPs) == 0 && len(oldSvc.Spec.ClusterIPs) > 0 && svc.Spec.ClusterIP == oldSvc.Spec.ClusterIP {
		svc.Spec.ClusterIPs = oldSvc.Spec.ClusterIPs
	}
	if svc.Spec.ClusterIP == oldSvc.Spec.ClusterIP || !samePlural() {
		return
	}
	if svc.Spec.ClusterIP == "" {
		svc.Spec.ClusterIPs = nil
	} else {
		svc.Spec.ClusterIPs = []string{svc.Spec.ClusterIP}
	}
}

func needsNodePorts(svc *core.Service) bool {
	switch svc.Spec.Type {
	case core.ServiceTypeNodePort:
		return true
	case core.ServiceTypeLoadBalancer:
		return svc.Spec.AllocateLoadBalancerNodePorts == nil || *svc.Spec.AllocateLoadBalancerNodePorts
	}
	return false
}

func needsHealthCheckNodePort(svc *core.Service) bool {
	return svc.Spec.Type == core.ServiceTypeLoadBalancer && svc.Spec.ExternalTrafficPolicy == core.ServiceExternalTrafficPolicyLocal
}

// allocateService fills in what the Service storage allocates on a
// single-stack IPv4 cluster, and refuses what such a cluster refuses.
func allocateService(svc, old *core.Service) field.ErrorList {
	if svc.Spec.Type == core.ServiceTypeExternalName {
		return nil
	}
	spec := &svc.Spec
	headlessSelectorless := spec.ClusterIP == core.ClusterIPNone && len(spec.Selector) == 0
	if spec.IPFamilyPolicy == nil {
		p := core.IPFamilyPolicySingleStack
		if headlessSelectorless {
			p = core.IPFamilyPolicyRequireDualStack
		}
		spec.IPFamilyPolicy = &p
	}
	// loose pre-validation, as the allocator does, so that the rest can rely on sane input
	if errs := corevalidation.ValidateServiceClusterIPsRelatedFields(svc, old); len(errs) > 0 {
		return errs
	}
	var errs field.ErrorList
	policyPath := field.NewPath("spec", "ipFamilyPolicy")
	if *spec.IPFamilyPolicy == core.IPFamilyPolicySingleStack {
		if len(spec.ClusterIPs) == 2 {
			errs = append(errs, field.Invalid(policyPath, spec.IPFamilyPolicy, "must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster IPs are specified"))
		}
		if len(spec.IPFamilies) == 2 {
			errs = append(errs, field.Invalid(policyPath, spec.IPFamilyPolicy, "must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified"))
		}
	}
	// IP families follow the given cluster IPs
	for i, ip := range spec.ClusterIPs {
		if ip == core.ClusterIPNone {
			break
		}
		fam := core.IPv4Protocol
		if a, err := netip.ParseAddr(ip); err == nil && a.Is6() && !a.Is4In6() {
			fam = core.IPv6Protocol
		}
		if i >= len(spec.IPFamilies) {
			if fam != core.IPv4Protocol {
				errs = append(errs, field.Invalid(field.NewPath("spec", "clusterIPs").Index(i), spec.ClusterIPs, fmt.Sprintf("%s is not configured on this cluster", fam)))
			} else {
				spec.IPFamilies = append(spec.IPFamilies, fam)
			}
		}
	}
	if len(errs) > 0 {
		return errs
	}
	if headlessSelectorless {
		// headless and selectorless: any families go
		if len(spec.IPFamilies) == 0 {
			spec.IPFamilies = []core.IPFamily{core.IPv4Protocol}
		}
		if len(spec.IPFamilies) < 2 && *spec.IPFamilyPolicy != core.IPFamilyPolicySingleStack {
			if spec.IPFamilies[0] == core.IPv4Protocol {
				spec.IPFamilies = append(spec.IPFamilies, core.IPv6Protocol)
			} else {
				spec.IPFamilies = append(spec.IPFamilies, core.IPv4Protocol)
			}
		}
	} else {
		if *spec.IPFamilyPolicy == core.IPFamilyPolicyRequireDualStack {
			errs = append(errs, field.Invalid(policyPath, spec.IPFamilyPolicy, "this cluster is not configured for dual-stack services"))
		}
		for i, f := range spec.IPFamilies {
			if f != core.IPv4Protocol {
				errs = append(errs, field.Invalid(field.NewPath("spec", "ipFamilies").Index(i), f, "not configured on this cluster"))
			}
		}
		if len(errs) > 0 {
			return errs
		}
		if len(spec.IPFamilies) == 0 {
			spec.IPFamilies = []core.IPFamily{core.IPv4Protocol}
		}
		// cluster IPs
		if !(len(spec.ClusterIPs) > 0 && spec.ClusterIPs[0] == core.ClusterIPNone) {
			for len(spec.ClusterIPs) < len(spec.IPFamilies) {
				spec.ClusterIPs = append(spec.ClusterIPs, "")
			}
			if spec.ClusterIPs[0] == "" {
				spec.ClusterIPs[0] = allocatedClusterIP
			}
			spec.ClusterIP = spec.ClusterIPs[0]
		}
	}
	// node ports
	next := int32(nodePortMin)
	taken := map[int32]bool{}
	for _, p := range spec.Ports {
		taken[p.NodePort] = true
	}
	allocate := func() int32 {
		for taken[next] {
			next++
		}
		taken[next] = true
		return next
	}
	if spec.Type == core.ServiceTypeNodePort || spec.Type == core.ServiceTypeLoadBalancer {
		byPort := map[int32]int32{}
		for i := range spec.Ports {
			p := &spec.Ports[i]
			if p.NodePort != 0 {
				if p.NodePort < nodePortMin || p.NodePort > nodePortMax {
					errs = append(errs, field.Invalid(field.NewPath("spec", "ports").Index(i).Child("nodePort"), p.NodePort,
						fmt.Sprintf("provided port is not in the valid range. The range of valid ports is %d-%d", nodePortMin, nodePortMax)))
				}
				byPort[p.Port] = p.NodePort
				continue
			}
			if !needsNodePorts(svc) {
				continue
			}
			if np, ok := byPort[p.Port]; ok {
				p.NodePort = np // same port number, other protocol: same node port
				continue
			}
			p.NodePort = allocate()
			byPort[p.Port] = p.NodePort
		}
	}
	if needsHealthCheckNodePort(svc) {
		if spec.HealthCheckNodePort == 0 {
			spec.HealthCheckNodePort = allocate()
		} else if spec.HealthCheckNodePort < nodePortMin || spec.HealthCheckNodePort > nodePortMax {
			errs = append(errs, field.Invalid(field.NewPath("spec", "healthCheckNodePort"), spec.HealthCheckNodePort,
				fmt.Sprintf("provided port is not in the valid range. The range of valid ports is %d-%d", nodePortMin, nodePortMax)))
		}
	}
	return errs
}
