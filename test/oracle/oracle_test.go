package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/apimachinery/pkg/util/validation/field"
)

var checker = NewChecker()

const deploymentYAML = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx:1.27
        ports:
        - containerPort: 80
`

const jobYAML = `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: migrate
        image: busybox:1.36
`

const podYAML = `apiVersion: v1
kind: Pod
metadata:
  name: p
  namespace: team-a
spec:
  containers:
  - name: app
    image: nginx:1.26
`

// expectation of one document's result
type want struct {
	verdict   string
	operation string  // "" = don't care
	errType   string  // "" = don't care; else some error has this type...
	field     string  // ...and this field
	value     string  // ...and, if set, this value
	name      string  // "" = don't care
	namespace *string // nil = don't care
	item      *int    // nil = don't care
	warning   string  // a warning containing this
	noErrors  bool    // errors must be empty
	count     int     // number of results, 0 = 1
	pick      int     // which result to look at
	check     func(t *testing.T, r Result)
}

func strp(s string) *string { return &s }
func intp(i int) *int       { return &i }

func TestCheckStream(t *testing.T) {
	tests := []struct {
		name string
		text string
		old  string
		file string
		want want
	}{
		{name: "valid deploymentYAML accepted", text: deploymentYAML,
			want: want{verdict: Accept, operation: "create", name: "web", namespace: strp("default"), noErrors: true}},
		{name: "selector does not match template labels",
			text: strings.Replace(deploymentYAML, "        app: web\n    spec:", "        app: api\n    spec:", 1),
			want: want{verdict: Reject, errType: "FieldValueInvalid", field: "spec.template.metadata.labels", value: `{"app":"api"}`}},
		{name: "same hostPort twice in a podYAML", text: `apiVersion: v1
kind: Pod
metadata: {name: ports}
spec:
  containers:
  - name: a
    image: nginx
    ports: [{containerPort: 80, hostPort: 8080}]
  - name: b
    image: nginx
    ports: [{containerPort: 81, hostPort: 8080}]
`, want: want{verdict: Reject, errType: "FieldValueDuplicate", field: "spec.containers[1].ports[0].hostPort"}},
		{name: "typo livenesProbe is an unknown field",
			text: strings.Replace(deploymentYAML, "        ports:\n", "        livenesProbe:\n          tcpSocket: {port: 80}\n        ports:\n", 1),
			want: want{verdict: Reject, errType: TypeUnknownField, field: "spec.template.spec.containers[0].livenesProbe"}},
		{name: "extensions/v1beta1 Deployment is no longer served",
			text: strings.Replace(deploymentYAML, "apps/v1", "extensions/v1beta1", 1),
			want: want{verdict: Reject, errType: TypeNoKindMatch, field: "apiVersion"}},
		{name: "batch/v1beta1 CronJob is no longer served", text: "apiVersion: batch/v1beta1\nkind: CronJob\nmetadata: {name: c}\n",
			want: want{verdict: Reject, errType: TypeNoKindMatch}},
		{name: "typo in a built-in kind", text: "apiVersion: apps/v1\nkind: Deploymnet\nmetadata: {name: c}\n",
			want: want{verdict: Reject, errType: TypeNoKindMatch}},
		{name: "custom resource is unknown", text: "apiVersion: example.com/v1\nkind: Foo\nmetadata: {name: f}\nspec: {anything: 1}\n",
			want: want{verdict: Unknown, noErrors: true}},
		{name: "YAML 1.1: env value on is a boolean", text: `apiVersion: v1
kind: Pod
metadata: {name: yaml11}
spec:
  containers:
  - name: a
    image: nginx
    env:
    - name: FEATURE
      value: on
`, want: want{verdict: Reject, errType: TypeDecode, field: "spec.containers[0].env[0].value"}},
		{name: "YAML 1.1: 0755 is octal, a valid defaultMode", text: `apiVersion: v1
kind: Pod
metadata: {name: octal}
spec:
  containers:
  - name: a
    image: nginx
    volumeMounts: [{name: s, mountPath: /s}]
  volumes:
  - name: s
    secret: {secretName: s, defaultMode: 0755}
`, want: want{verdict: Accept, noErrors: true}},
		{name: "duplicate key", text: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\ndata: {}\n",
			want: want{verdict: Reject, errType: TypeDuplicateField, field: "metadata.name"}},
		{name: "duplicate map key uses brackets", text: "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata:\n  k.conf: x\n  k.conf: y\n",
			want: want{verdict: Reject, errType: TypeDuplicateField, field: "data[k.conf]"}},
		{name: "bad quantity located at its map key", text: `apiVersion: v1
kind: Pod
metadata: {name: q}
spec:
  containers:
  - name: a
    image: nginx
    resources: {limits: {nvidia.com/gpu: "one"}}
`, want: want{verdict: Reject, errType: TypeDecode, field: "spec.containers[0].resources.limits[nvidia.com/gpu]"}},
		{name: "string where an int32 is expected", text: `apiVersion: v1
kind: Service
metadata: {name: s}
spec:
  selector: {app: a}
  ports: [{port: "80"}]
`, want: want{verdict: Reject, errType: TypeDecode, field: "spec.ports[0].port"}},
		{name: "Job template change is rejected on update",
			text: strings.Replace(jobYAML, "busybox:1.36", "busybox:1.37", 1), old: jobYAML,
			want: want{verdict: Reject, operation: "update", errType: "FieldValueInvalid", field: "spec.template"}},
		{name: "an applied CustomResourceDefinition is established, so its kind is fixed",
			text: strings.Replace(crdYAML, "kind: Widget,", "kind: Gadget,", 1), old: crdYAML,
			want: want{verdict: Reject, operation: "update", errType: "FieldValueInvalid", field: "spec.names.kind"}},
		{name: "Job without change is accepted on update", text: jobYAML, old: jobYAML,
			want: want{verdict: Accept, operation: "update", noErrors: true}},
		{name: "Pod image change is accepted on update",
			text: strings.Replace(podYAML, "nginx:1.26", "nginx:1.27", 1), old: podYAML,
			want: want{verdict: Accept, operation: "update", noErrors: true, namespace: strp("team-a")}},
		{name: "Pod command change is rejected on update",
			text: podYAML + "    command: [sh]\n", old: podYAML,
			want: want{verdict: Reject, operation: "update", errType: "FieldValueForbidden", field: "spec"}},
		{name: "old object in another namespace does not match",
			text: strings.Replace(jobYAML, "busybox:1.36", "busybox:1.37", 1), old: strings.Replace(jobYAML, "name: migrate", "name: migrate\n  namespace: other", 1),
			want: want{verdict: Accept, operation: "create"}},
		{name: "Deployment selector change is rejected on update",
			text: strings.ReplaceAll(deploymentYAML, "app: web", "app: web2"), old: deploymentYAML,
			want: want{verdict: Reject, operation: "update", errType: "FieldValueInvalid", field: "spec.selector"}},
		{name: "Service with allocated values keeps them on update", text: `apiVersion: v1
kind: Service
metadata: {name: lb}
spec:
  type: LoadBalancer
  externalTrafficPolicy: Local
  selector: {app: a}
  ports: [{port: 443, targetPort: 8443}]
`, old: `apiVersion: v1
kind: Service
metadata: {name: lb}
spec:
  type: LoadBalancer
  externalTrafficPolicy: Local
  selector: {app: a}
  ports: [{port: 80}]
`, want: want{verdict: Accept, operation: "update", noErrors: true}},
		{name: "a clusterIP added to an ExternalName Service on update fills clusterIPs, which ExternalName forbids", text: `apiVersion: v1
kind: Service
metadata: {name: db}
spec:
  type: ExternalName
  externalName: db.example.com
  clusterIP: 10.96.0.20
`, old: `apiVersion: v1
kind: Service
metadata: {name: db}
spec:
  type: ExternalName
  externalName: db.example.com
`, want: want{verdict: Reject, operation: "update", errType: "FieldValueForbidden", field: "spec.clusterIPs"}},
		{name: "ClusterIP, headless and NodePort services are accepted", text: `apiVersion: v1
kind: Service
metadata: {name: a}
spec: {selector: {app: a}, ports: [{port: 80}]}
---
apiVersion: v1
kind: Service
metadata: {name: b}
spec: {clusterIP: None, selector: {app: b}}
---
apiVersion: v1
kind: Service
metadata: {name: c}
spec: {type: NodePort, selector: {app: c}, ports: [{port: 80, nodePort: 30080}]}
---
apiVersion: v1
kind: Service
metadata: {name: d}
spec: {type: ExternalName, externalName: example.com}
`, want: want{count: 4, check: func(t *testing.T, r Result) {}}},
		{name: "node port out of range", text: `apiVersion: v1
kind: Service
metadata: {name: c}
spec: {type: NodePort, selector: {app: c}, ports: [{port: 80, nodePort: 80}]}
`, want: want{verdict: Reject, errType: "FieldValueInvalid", field: "spec.ports[0].nodePort"}},
		{name: "podYAML without service account may project a token (ServiceAccount admission)", text: `apiVersion: v1
kind: Pod
metadata: {name: sa}
spec:
  containers: [{name: a, image: nginx, volumeMounts: [{name: t, mountPath: /t}]}]
  volumes:
  - name: t
    projected: {sources: [{serviceAccountToken: {path: token}}]}
`, want: want{verdict: Accept, noErrors: true}},
		{name: "privileged containers are allowed", text: `apiVersion: v1
kind: Pod
metadata: {name: priv}
spec:
  containers: [{name: a, image: nginx, securityContext: {privileged: true}}]
`, want: want{verdict: Accept, noErrors: true}},
		{name: "generateName without name is fine", text: "apiVersion: v1\nkind: ConfigMap\nmetadata: {generateName: cm-}\n",
			want: want{verdict: Accept, noErrors: true}},
		{name: "neither name nor generateName", text: "apiVersion: v1\nkind: ConfigMap\nmetadata: {labels: {a: b}}\n",
			want: want{verdict: Reject, errType: "FieldValueRequired", field: "metadata.name"}},
		{name: "cluster-scoped kinds have no namespace", text: "apiVersion: v1\nkind: Namespace\nmetadata: {name: team-a, namespace: ignored}\n",
			want: want{verdict: Accept, namespace: strp(""), noErrors: true}},
		{name: "List items are checked one by one", text: `apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: ConfigMap
  metadata: {name: ok}
- apiVersion: v1
  kind: ConfigMap
  metadata: {name: Not_OK}
`, want: want{count: 2, pick: 1, verdict: Reject, item: intp(1), errType: "FieldValueInvalid", field: "metadata.name"}},
		{name: "comments and empty documents are skipped, indexes count them", text: "# header\n---\n---\n# nothing\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n",
			want: want{verdict: Accept, check: func(t *testing.T, r Result) {
				if r.Index != 2 {
					t.Errorf("index = %d, want 2", r.Index)
				}
			}}},
		{name: "broken YAML in the middle", text: "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\nkind: [\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n",
			want: want{count: 3, pick: 1, verdict: Reject, errType: TypeDecode}},
		{name: "JSON stream", file: "x.json", text: `{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"j"},"data":{"a":"b"}}`,
			want: want{verdict: Accept, noErrors: true}},
		// kubectl reads what strict JSON refuses as YAML; a comment that YAML cannot read either is refused.
		// ("{\n// no\n...}" is a YAML mapping with the key `// no "apiVersion"`, without a kind.)
		{name: "JSON with a comment is not JSON", file: "x.json", text: "{\"apiVersion\": \"v1\", // no\n \"kind\": \"ConfigMap\"}",
			want: want{verdict: Reject, errType: TypeDecode}},
		{name: "CustomResourceDefinition", text: `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: widgets.example.com}
spec:
  group: example.com
  scope: Namespaced
  names: {plural: widgets, singular: widget, kind: Widget}
  versions:
  - name: v1
    served: true
    storage: true
    schema: {openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}}
`, want: want{verdict: Accept, noErrors: true}},
		{name: "CRD name must match its spec", text: `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: gadgets.example.com}
spec:
  group: example.com
  scope: Namespaced
  names: {plural: widgets, kind: Widget}
  versions: [{name: v1, served: true, storage: true, schema: {openAPIV3Schema: {type: object}}}]
`, want: want{verdict: Reject, errType: "FieldValueInvalid", field: "metadata.name"}},
		{name: "HPA v1 and v2", text: `apiVersion: autoscaling/v1
kind: HorizontalPodAutoscaler
metadata: {name: h1}
spec: {scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}, maxReplicas: 3}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: h2}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 5
  maxReplicas: 3
`, want: want{count: 2, pick: 1, verdict: Reject, errType: "FieldValueInvalid", field: "spec.maxReplicas"}},
		{name: "warnings are reported", text: `apiVersion: v1
kind: Pod
metadata: {name: w}
spec:
  nodeSelector: {node-role.kubernetes.io/master: ""}
  containers: [{name: a, image: nginx}]
`, want: want{verdict: Accept, warning: "node-role.kubernetes.io/control-plane"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			file := tc.file
			if file == "" {
				file = "test.yaml"
			}
			results := checker.CheckStream(file, tc.text, tc.old)
			n := tc.want.count
			if n == 0 {
				n = 1
			}
			if len(results) != n {
				t.Fatalf("got %d results, want %d: %s", len(results), n, dump(results))
			}
			r := results[tc.want.pick]
			w := tc.want
			if w.verdict != "" && r.Verdict != w.verdict {
				t.Errorf("verdict = %q, want %q: %s", r.Verdict, w.verdict, dump(r))
			}
			if w.operation != "" && r.Operation != w.operation {
				t.Errorf("operation = %q, want %q", r.Operation, w.operation)
			}
			if w.name != "" && r.Name != w.name {
				t.Errorf("name = %q, want %q", r.Name, w.name)
			}
			if w.namespace != nil && r.Namespace != *w.namespace {
				t.Errorf("namespace = %q, want %q", r.Namespace, *w.namespace)
			}
			if w.item != nil && (r.Item == nil || *r.Item != *w.item) {
				t.Errorf("item = %v, want %d", r.Item, *w.item)
			}
			if w.noErrors && len(r.Errors) > 0 {
				t.Errorf("unexpected errors: %s", dump(r.Errors))
			}
			if w.errType != "" || w.field != "" {
				found := false
				for _, e := range r.Errors {
					if (w.errType == "" || e.Type == w.errType) && (w.field == "" || e.Field == w.field) &&
						(w.value == "" || (e.Value != nil && *e.Value == w.value)) {
						found = true
					}
				}
				if !found {
					t.Errorf("no error of type %q at %q (value %q) in %s", w.errType, w.field, w.value, dump(r.Errors))
				}
			}
			if w.warning != "" && !strings.Contains(strings.Join(r.Warnings, "\n"), w.warning) {
				t.Errorf("no warning containing %q in %q", w.warning, r.Warnings)
			}
			if w.count > 1 && w.verdict == "" && w.check != nil {
				for _, x := range results {
					if x.Verdict != Accept {
						t.Errorf("%s/%s: verdict %s: %s", x.Kind, x.Name, x.Verdict, dump(x.Errors))
					}
				}
			}
			if w.check != nil {
				w.check(t, r)
			}
			if r.Errors == nil || r.Warnings == nil {
				t.Errorf("errors and warnings must be arrays, not null")
			}
		})
	}
}

func dump(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func TestBatchRoundTrip(t *testing.T) {
	in := strings.Join([]string{
		dump(map[string]any{"id": "a", "file": "d.yaml", "text": deploymentYAML}),
		"",
		`{"id": "b", "file": "j.yaml", "text": ` + dump(strings.Replace(jobYAML, "1.36", "1.37", 1)) + `, "oldText": ` + dump(jobYAML) + `}`,
		`{"id": "c", "text": 42}`,
		`not json`,
		`{"id": "e", "file": "empty.yaml", "text": "# nothing"}`,
	}, "\n")
	var out bytes.Buffer
	if err := serveBatch(checker, strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 5 {
		t.Fatalf("got %d answers, want 5:\n%s", len(lines), out.String())
	}
	var answers []struct {
		ID      string   `json:"id"`
		Results []Result `json:"results"`
		Error   string   `json:"error"`
	}
	for _, l := range lines {
		var a struct {
			ID      string   `json:"id"`
			Results []Result `json:"results"`
			Error   string   `json:"error"`
		}
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatalf("answer %q: %v", l, err)
		}
		answers = append(answers, a)
	}
	if a := answers[0]; a.ID != "a" || len(a.Results) != 1 || a.Results[0].Verdict != Accept || a.Results[0].File != "d.yaml" {
		t.Errorf("answer a: %+v", a)
	}
	if a := answers[1]; a.ID != "b" || len(a.Results) != 1 || a.Results[0].Verdict != Reject || a.Results[0].Operation != "update" {
		t.Errorf("answer b: %+v", a)
	}
	if a := answers[2]; a.ID != "c" || a.Error == "" {
		t.Errorf("answer c: %+v", a)
	}
	if a := answers[3]; a.ID != "" || a.Error == "" {
		t.Errorf("answer to a bad line: %+v", a)
	}
	if a := answers[4]; a.ID != "e" || a.Results == nil || len(a.Results) != 0 || !strings.Contains(lines[4], `"results":[]`) {
		t.Errorf("answer e: %+v / %s", a, lines[4])
	}
}

func TestRunOverFiles(t *testing.T) {
	dir := t.TempDir()
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(filepath.Join(dir, "sub"), 0o755))
	must(os.WriteFile(filepath.Join(dir, "a.yaml"), []byte(deploymentYAML), 0o644))
	must(os.WriteFile(filepath.Join(dir, "sub", "b.yml"), []byte("apiVersion: example.com/v1\nkind: Foo\nmetadata: {name: f}\n"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "sub", "c.json"), []byte(`{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "x"}, "spec": {}}`), 0o644))
	must(os.WriteFile(filepath.Join(dir, "sub", "broken.yaml"), []byte("\x00\x01\x02"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("not a manifest"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "old.yaml"), []byte(strings.Replace(deploymentYAML, "replicas: 2", "replicas: 1", 1)), 0o644))

	var out, errOut bytes.Buffer
	if code := run([]string{"--summary", "--old", filepath.Join(dir, "old.yaml"), filepath.Join(dir, "a.yaml"), filepath.Join(dir, "sub")}, nil, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var verdicts []string
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var r Result
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatal(err)
		}
		verdicts = append(verdicts, filepath.Base(r.File)+":"+r.Operation+":"+r.Verdict)
	}
	want := "a.yaml:update:accept b.yml:create:unknown broken.yaml:create:reject c.json:create:reject"
	if got := strings.Join(verdicts, " "); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	for _, s := range []string{"documents: 4", "accepted: 1", "rejected: 2", "unknown: 1", "wall time:"} {
		if !strings.Contains(errOut.String(), s) {
			t.Errorf("summary lacks %q:\n%s", s, errOut.String())
		}
	}
}

// panickingStrategy is the ConfigMap strategy with a Validate that panics.
type panickingStrategy struct{ strategy }

func (panickingStrategy) Validate(context.Context, runtime.Object) field.ErrorList {
	panic("boom")
}

func TestPanicIsRecovered(t *testing.T) {
	gk := schema.GroupKind{Kind: "ConfigMap"}
	saved := kinds[gk]
	broken := saved
	broken.strategy = panickingStrategy{saved.strategy}
	kinds[gk] = broken
	defer func() { kinds[gk] = saved }()

	results := checker.CheckStream("p.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\napiVersion: v1\nkind: Secret\nmetadata: {name: b}\n", "")
	if len(results) != 2 {
		t.Fatalf("got %d results", len(results))
	}
	r := results[0]
	if r.Verdict != Reject || len(r.Errors) != 1 || r.Errors[0].Type != TypeInternal || !strings.Contains(r.Errors[0].Detail, "panic: boom") {
		t.Errorf("panic not reported: %s", dump(r))
	}
	if results[1].Verdict != Accept {
		t.Errorf("the next document suffered: %s", dump(results[1]))
	}
}

func TestLastApplied(t *testing.T) {
	cases := []struct{ name, old, want string }{
		{"a manifest is its own last-applied configuration", `{"metadata":{"name":"a"},"data":{"k":"v"}}`, `{"metadata":{"name":"a"},"data":{"k":"v"}}`},
		{"a live object with the annotation", `{"metadata":{"name":"a","uid":"u","annotations":{"kubectl.kubernetes.io/last-applied-configuration":"{\"data\":{}}"}}}`, `{"data":{}}`},
		{"a live object without the annotation applied nothing", `{"metadata":{"name":"a","resourceVersion":"7"}}`, `{}`},
		{"a manifest with creationTimestamp: null is still a manifest", `{"metadata":{"name":"a","creationTimestamp":null}}`, `{"metadata":{"name":"a","creationTimestamp":null}}`},
	}
	for _, tc := range cases {
		if got := string(lastApplied([]byte(tc.old))); got != tc.want {
			t.Errorf("%s: got %s, want %s", tc.name, got, tc.want)
		}
	}
}

const crdYAML = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: widgets.example.com}
spec:
  group: example.com
  scope: Namespaced
  names: {plural: widgets, singular: widget, kind: Widget, listKind: WidgetList}
  versions:
  - name: v1
    served: true
    storage: true
    schema: {openAPIV3Schema: {type: object}}
`
