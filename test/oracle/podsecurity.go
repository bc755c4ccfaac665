package main

import (
	"fmt"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime/schema"
	psaadmission "k8s.io/pod-security-admission/admission"
	psaapi "k8s.io/pod-security-admission/api"
	psapolicy "k8s.io/pod-security-admission/policy"
)

// PodSecurity admission, as the API server runs it after validation: the
// policy of a namespace comes from the labels of a Namespace document in the
// same input (the oracle has no cluster); namespaces that are not in the input
// are privileged, which admits everything.

var podSecurityEvaluator = mustEvaluator()

func mustEvaluator() psapolicy.Evaluator {
	e, err := psapolicy.NewEvaluator(psapolicy.DefaultChecks(), nil)
	if err != nil {
		panic(fmt.Sprintf("pod security evaluator: %v", err))
	}
	return e
}

// namespaceLabels maps the name of every v1 Namespace document of the stream
// to its labels.
func namespaceLabels(docs []*doc) map[string]map[string]string {
	out := map[string]map[string]string{}
	for _, d := range docs {
		if d.obj == nil || d.apiVersion != "v1" || d.kind != "Namespace" {
			continue
		}
		m, _ := d.obj["metadata"].(map[string]any)
		name, _ := m["name"].(string)
		raw, _ := m["labels"].(map[string]any)
		labels := map[string]string{}
		for k, v := range raw {
			if s, ok := v.(string); ok {
				labels[k] = s
			}
		}
		if name != "" {
			out[name] = labels
		}
	}
	return out
}

// admitPodSecurity applies the namespace's PodSecurity policy to an accepted
// create: a Pod that breaks the enforce level is rejected; a Pod or pod
// template that breaks the warn level (which defaults to the enforce level)
// gets the API server's warning. Workload templates are never rejected: the
// pods their controller creates are.
func (c *Checker) admitPodSecurity(res *Result, d *doc, labels map[string]map[string]string) {
	nsLabels, ok := labels[res.Namespace]
	if !ok || res.Verdict != Accept || res.Operation != "create" {
		return
	}
	gv, err := schema.ParseGroupVersion(d.apiVersion)
	if err != nil {
		return
	}
	info, known := kinds[gv.WithKind(d.kind).GroupKind()]
	if !known {
		return
	}
	policy, errs := psaapi.PolicyToEvaluate(nsLabels, psaapi.Policy{
		Enforce: psaapi.LevelVersion{Level: psaapi.LevelPrivileged, Version: psaapi.LatestVersion()},
		Audit:   psaapi.LevelVersion{Level: psaapi.LevelPrivileged, Version: psaapi.LatestVersion()},
		Warn:    psaapi.LevelVersion{Level: psaapi.LevelPrivileged, Version: psaapi.LatestVersion()},
	})
	if len(errs) > 0 {
		// the admission plugin falls back to restricted for an invalid label; the
		// Namespace itself is refused by its own validation, so leave it there
		return
	}
	versioned, _, err := c.serial[info.scheme].Decode(d.json, nil, nil)
	if err != nil {
		return
	}
	info.scheme.Default(versioned)
	podMeta, podSpec, err := psaadmission.DefaultPodSpecExtractor{}.ExtractPodSpec(versioned)
	if err != nil || podSpec == nil {
		return
	}
	if podMeta == nil {
		podMeta = &metav1.ObjectMeta{}
	}
	isPod := versioned.GetObjectKind().GroupVersionKind().GroupKind() == schema.GroupKind{Kind: "Pod"}
	if isPod && policy.Enforce.Level != psaapi.LevelPrivileged {
		for _, r := range podSecurityEvaluator.EvaluatePod(policy.Enforce, podMeta, podSpec) {
			if !r.Allowed {
				res.Errors = append(res.Errors, FieldError{Type: TypePodSecurity, Detail: fmt.Sprintf("violates PodSecurity %q: %s (%s)", policy.Enforce.String(), r.ForbiddenReason, r.ForbiddenDetail)})
			}
		}
		if len(res.Errors) > 0 {
			res.Verdict = Reject
			return
		}
	}
	if policy.Warn.Level == psaapi.LevelPrivileged {
		return
	}
	agg := psapolicy.AggregateCheckResults(podSecurityEvaluator.EvaluatePod(policy.Warn, podMeta, podSpec))
	if !agg.Allowed {
		res.Warnings = append(res.Warnings, fmt.Sprintf("would violate PodSecurity %q: %s", policy.Warn.String(), agg.ForbiddenDetail()))
	}
}
