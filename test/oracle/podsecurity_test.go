package main

import (
	"strings"
	"testing"
)

const baselineNamespace = `apiVersion: v1
kind: Namespace
metadata:
  name: team-a
  labels:
    pod-security.kubernetes.io/enforce: baseline
---
`

const hostNetworkPod = `apiVersion: v1
kind: Pod
metadata:
  name: p
  namespace: team-a
spec:
  hostNetwork: true
  containers:
  - name: app
    image: nginx:1.27
`

func podSecurityResults(t *testing.T, text string) []Result {
	t.Helper()
	return checker.CheckStream("ps.yaml", text, "")
}

func TestPodSecurityEnforceRejectsPod(t *testing.T) {
	results := podSecurityResults(t, baselineNamespace+hostNetworkPod)
	if len(results) != 2 || results[0].Verdict != Accept {
		t.Fatalf("the namespace must be accepted: %+v", results)
	}
	pod := results[1]
	if pod.Verdict != Reject || len(pod.Errors) != 1 || pod.Errors[0].Type != TypePodSecurity || !strings.Contains(pod.Errors[0].Detail, "host namespaces") {
		t.Fatalf("want a PodSecurity rejection for hostNetwork: %+v", pod)
	}
	if !strings.Contains(pod.Errors[0].Detail, `"baseline:latest"`) {
		t.Fatalf("the detail names the level and version: %q", pod.Errors[0].Detail)
	}
}

func TestPodSecurityAcceptsCompliantPod(t *testing.T) {
	compliant := strings.Replace(hostNetworkPod, "  hostNetwork: true\n", "", 1)
	if r := podSecurityResults(t, baselineNamespace+compliant)[1]; r.Verdict != Accept || len(r.Warnings) != 0 {
		t.Fatalf("a baseline-compliant pod is admitted without warnings: %+v", r)
	}
}

func TestPodSecurityNamespaceNotInInputIsPrivileged(t *testing.T) {
	if r := podSecurityResults(t, hostNetworkPod)[0]; r.Verdict != Accept {
		t.Fatalf("without its Namespace in the input, a namespace is privileged: %+v", r)
	}
}

func TestPodSecurityTemplatesOnlyWarn(t *testing.T) {
	deployment := strings.Replace(deploymentYAML, "  name: web\n", "  name: web\n  namespace: team-a\n", 1)
	deployment = strings.Replace(deployment, "    spec:\n      containers:", "    spec:\n      hostNetwork: true\n      containers:", 1)
	r := podSecurityResults(t, baselineNamespace+deployment)[1]
	if r.Verdict != Accept {
		t.Fatalf("a workload is admitted; the pods its controller creates are refused: %+v", r)
	}
	if len(r.Warnings) != 1 || !strings.Contains(r.Warnings[0], `would violate PodSecurity "baseline:latest"`) {
		t.Fatalf("want the warn level (defaulted to enforce) warning: %+v", r.Warnings)
	}
}

func TestPodSecurityWarnLabelOnlyWarns(t *testing.T) {
	warnOnly := strings.Replace(baselineNamespace, "enforce: baseline", "warn: restricted", 1)
	compliantForBaseline := strings.Replace(hostNetworkPod, "  hostNetwork: true\n", "", 1)
	r := podSecurityResults(t, warnOnly+compliantForBaseline)[1]
	if r.Verdict != Accept || len(r.Warnings) != 1 || !strings.Contains(r.Warnings[0], `"restricted:latest"`) {
		t.Fatalf("a warn label gives a warning, never a rejection: %+v", r)
	}
}

func TestPodSecurityPinnedVersion(t *testing.T) {
	pinned := strings.Replace(baselineNamespace, "enforce: baseline\n", "enforce: baseline\n    pod-security.kubernetes.io/enforce-version: v1.29\n", 1)
	r := podSecurityResults(t, pinned+hostNetworkPod)[1]
	if r.Verdict != Reject || !strings.Contains(r.Errors[0].Detail, `"baseline:v1.29"`) {
		t.Fatalf("the enforce-version label pins the standard: %+v", r)
	}
}
