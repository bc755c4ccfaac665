package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"runtime/debug"
	"strings"
	"sync"

	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/api/meta"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/schema"
	kjsonserializer "k8s.io/apimachinery/pkg/runtime/serializer/json"
	"k8s.io/apimachinery/pkg/types"
	"k8s.io/apimachinery/pkg/util/strategicpatch"
	"k8s.io/apimachinery/pkg/util/validation/field"
	"k8s.io/apiserver/pkg/authentication/user"
	genericapirequest "k8s.io/apiserver/pkg/endpoints/request"
	"k8s.io/apiserver/pkg/registry/rest"
	"k8s.io/apiserver/pkg/warning"
)

// Verdicts.
const (
	Accept  = "accept"
	Reject  = "reject"
	Unknown = "unknown"
)

// Error types of our own, next to the field.ErrorType strings of apimachinery.
const (
	TypeUnknownField   = "UnknownField"
	TypeDuplicateField = "DuplicateField"
	TypeDecode         = "Decode"
	TypeNoKindMatch    = "NoKindMatch"
	TypeBadRequest     = "BadRequest"
	TypePodSecurity    = "PodSecurity" // a Pod refused by PodSecurity admission (no field: the policy names checks)
	TypeInternal       = string(field.ErrorTypeInternal)
)

// FieldError is one reason for a rejection.
type FieldError struct {
	Type   string  `json:"type"`
	Field  string  `json:"field"`
	Detail string  `json:"detail"`
	Value  *string `json:"value,omitempty"`
}

// Result is the verdict on one document (or one item of a List document).
type Result struct {
	File       string       `json:"file"`
	Index      int          `json:"index"`
	Item       *int         `json:"item,omitempty"`
	APIVersion string       `json:"apiVersion"`
	Kind       string       `json:"kind"`
	Namespace  string       `json:"namespace"`
	Name       string       `json:"name"`
	Operation  string       `json:"operation"`
	Verdict    string       `json:"verdict"`
	Errors     []FieldError `json:"errors"`
	Warnings   []string     `json:"warnings"`
}

// Checker runs documents through the create/update path. It is safe for
// concurrent use; everything heavy (scheme, strategies) is built once at init.
type Checker struct {
	builtin map[string]bool
	serial  map[*runtime.Scheme]*kjsonserializer.Serializer
}

// NewChecker builds a Checker.
func NewChecker() *Checker {
	c := &Checker{builtin: builtinGroups(), serial: map[*runtime.Scheme]*kjsonserializer.Serializer{}}
	for _, k := range kinds {
		if _, ok := c.serial[k.scheme]; !ok {
			c.serial[k.scheme] = kjsonserializer.NewSerializerWithOptions(kjsonserializer.DefaultMetaFactory, k.scheme, k.scheme,
				kjsonserializer.SerializerOptions{Strict: true})
		}
	}
	return c
}

// doc is one parsed document (or List item) ready to be checked.
type doc struct {
	index      int
	item       *int
	json       []byte         // the JSON the API server would receive
	obj        map[string]any // the same, generic
	apiVersion string
	kind       string
	parseErrs  []FieldError // YAML/JSON level failures
}

// key identifies an object for matching new and old versions.
func objKey(gk schema.GroupKind, namespace, name string) string {
	return gk.Group + "|" + gk.Kind + "|" + namespace + "|" + name
}

// CheckStream checks every document of text (a YAML or JSON stream). oldText,
// if not empty, holds the existing versions of (some of) the objects: documents
// that match one by group, kind, namespace and name go through the update path.
func (c *Checker) CheckStream(file, text, oldText string) []Result {
	docs := splitDocuments(text)
	olds := map[string]*doc{}
	if oldText != "" {
		for _, od := range splitDocuments(oldText) {
			if len(od.parseErrs) > 0 || od.kind == "" || od.apiVersion == "" {
				continue
			}
			gv, err := schema.ParseGroupVersion(od.apiVersion)
			if err != nil {
				continue
			}
			gk := schema.GroupKind{Group: gv.Group, Kind: od.kind}
			info, ok := kinds[gk]
			if !ok {
				continue
			}
			ns, name := metaNamespaceName(od.obj)
			ns = effectiveNamespace(info, ns, name)
			olds[objKey(gk, ns, name)] = od
		}
	}
	results := make([]Result, 0, len(docs))
	policies := namespaceLabels(docs)
	for _, d := range docs {
		if len(d.parseErrs) == 0 && d.apiVersion == "" && d.kind == "" {
			continue // empty, comment-only, or not a Kubernetes object
		}
		res := c.checkDoc(file, d, olds)
		c.admitPodSecurity(&res, d, policies)
		results = append(results, res)
	}
	return results
}

// docType is the Go type of the versioned object of apiVersion/kind, if it is
// a checkable kind (nil otherwise).
func docType(apiVersion, kind string) reflect.Type {
	gv, err := schema.ParseGroupVersion(apiVersion)
	if err != nil {
		return nil
	}
	gvk := gv.WithKind(kind)
	info, ok := kinds[gvk.GroupKind()]
	if !ok {
		return nil
	}
	obj, err := info.scheme.New(gvk)
	if err != nil {
		return nil
	}
	return reflect.TypeOf(obj)
}

func metaNamespaceName(obj map[string]any) (string, string) {
	m, _ := obj["metadata"].(map[string]any)
	ns, _ := m["namespace"].(string)
	name, _ := m["name"].(string)
	return ns, name
}

func effectiveNamespace(info kindInfo, ns, name string) string {
	if !info.strategy.NamespaceScoped() {
		return ""
	}
	if ns == "" {
		return metav1.NamespaceDefault
	}
	return ns
}

func (c *Checker) checkDoc(file string, d *doc, olds map[string]*doc) (res Result) {
	res = Result{File: file, Index: d.index, Item: d.item, APIVersion: d.apiVersion, Kind: d.kind,
		Operation: "create", Errors: []FieldError{}, Warnings: []string{}}
	if d.obj != nil {
		res.Namespace, res.Name = metaNamespaceName(d.obj)
	}
	defer func() {
		if r := recover(); r != nil {
			res.Verdict = Reject
			res.Errors = append(res.Errors, FieldError{Type: TypeInternal, Detail: fmt.Sprintf("panic: %v\n%s", r, firstLines(string(debug.Stack()), 12))})
		}
	}()
	if len(d.parseErrs) > 0 {
		res.Verdict = Reject
		res.Errors = append(res.Errors, d.parseErrs...)
		if gv, err := schema.ParseGroupVersion(d.apiVersion); err == nil {
			if info, ok := kinds[gv.WithKind(d.kind).GroupKind()]; ok {
				res.Namespace = effectiveNamespace(info, res.Namespace, res.Name)
			}
		}
		return res
	}
	if d.apiVersion == "" || d.kind == "" {
		res.Verdict = Reject
		if d.kind == "" {
			res.Errors = append(res.Errors, FieldError{Type: TypeDecode, Field: "kind", Detail: "Object 'Kind' is missing"})
		} else {
			res.Errors = append(res.Errors, FieldError{Type: TypeDecode, Field: "apiVersion", Detail: "Object 'apiVersion' is missing"})
		}
		return res
	}
	gv, err := schema.ParseGroupVersion(d.apiVersion)
	if err != nil {
		res.Verdict = Reject
		res.Errors = append(res.Errors, FieldError{Type: TypeDecode, Field: "apiVersion", Detail: err.Error()})
		return res
	}
	gvk := gv.WithKind(d.kind)
	gk := gvk.GroupKind()
	info, known := kinds[gk]
	served := servedGroupVersions[gv]
	switch {
	case known && served && gateEnabled(info.gate) && info.scheme.Recognizes(gvk):
		// checkable
	case served && servedButUnchecked[gk]:
		res.Verdict = Unknown
		return res
	case c.builtin[gv.Group]:
		res.Verdict = Reject
		res.Errors = append(res.Errors, FieldError{Type: TypeNoKindMatch, Field: "apiVersion",
			Detail: fmt.Sprintf("no matches for kind %q in version %q", d.kind, d.apiVersion)})
		return res
	default:
		res.Verdict = Unknown
		return res
	}

	// namespace as kubectl sends it: the object's, else "default" for
	// namespaced kinds; cluster-scoped kinds have none.
	res.Namespace = effectiveNamespace(info, res.Namespace, res.Name)

	obj, errs := c.decode(info, d)
	if len(errs) > 0 {
		res.Verdict = Reject
		res.Errors = append(res.Errors, errs...)
		return res
	}

	var fe []FieldError
	var warnings []string
	od, hasOld := olds[objKey(gk, res.Namespace, res.Name)]
	if hasOld && res.Name != "" {
		res.Operation = "update"
		fe, warnings = c.applyUpdate(info, gvk, res.Namespace, d, od)
	} else {
		fe, warnings = c.create(info, gvk, res.Namespace, obj)
	}
	res.Errors = append(res.Errors, fe...)
	res.Warnings = append(res.Warnings, warnings...)
	if len(res.Errors) > 0 {
		res.Verdict = Reject
	} else {
		res.Verdict = Accept
	}
	return res
}

// decode does what the API server's create handler does with the body: a
// strict decode into the versioned type, defaulting, conversion to the
// internal version.
func (c *Checker) decode(info kindInfo, d *doc) (runtime.Object, []FieldError) {
	s := c.serial[info.scheme]
	typ := docType(d.apiVersion, d.kind)
	versioned, _, err := s.Decode(d.json, nil, nil)
	if err != nil {
		if strictErr, ok := runtime.AsStrictDecodingError(err); ok && versioned != nil {
			// fieldValidation=Strict: every unknown or duplicate field fails the request.
			var out []FieldError
			for _, e := range strictErr.Errors() {
				out = append(out, strictFieldError(e, typ))
			}
			return nil, out
		}
		// the offending value is the first one whose presence makes the
		// decoder fail with this same error
		want := err.Error()
		fails := func(b []byte) bool {
			_, _, err := s.Decode(b, nil, nil)
			return err != nil && err.Error() == want
		}
		return nil, []FieldError{decodeFieldError(err, d.json, fails, typ)}
	}
	info.scheme.Default(versioned)
	gv := versioned.GetObjectKind().GroupVersionKind().GroupVersion()
	internal, err := info.scheme.ConvertToVersion(versioned, schema.GroupVersion{Group: gv.Group, Version: runtime.APIVersionInternal})
	if err != nil {
		return nil, []FieldError{{Type: TypeDecode, Detail: err.Error()}}
	}
	return internal, nil
}

// warningRecorder collects the warnings the strategies add to the context.
type warningRecorder struct {
	mu       sync.Mutex
	warnings []string
}

func (w *warningRecorder) AddWarning(_, text string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, x := range w.warnings {
		if x == text {
			return
		}
	}
	w.warnings = append(w.warnings, text)
}

// requestContext is the context of a request to the resource of gvk.
func requestContext(info kindInfo, gvk schema.GroupVersionKind, namespace, name, verb string, rec *warningRecorder) context.Context {
	ctx := context.Background()
	ctx = genericapirequest.WithNamespace(ctx, namespace)
	ctx = genericapirequest.WithRequestInfo(ctx, &genericapirequest.RequestInfo{
		IsResourceRequest: true,
		Verb:              verb,
		APIPrefix:         "apis",
		APIGroup:          gvk.Group,
		APIVersion:        gvk.Version,
		Namespace:         namespace,
		Resource:          info.resource,
		Name:              name,
	})
	ctx = genericapirequest.WithUser(ctx, &user.DefaultInfo{Name: "kubernetes-admin", Groups: []string{user.SystemPrivilegedGroup, user.AllAuthenticated}})
	ctx = warning.WithWarningRecorder(ctx, rec)
	return ctx
}

// create runs the generic registry store's create steps around rest.BeforeCreate.
func (c *Checker) create(info kindInfo, gvk schema.GroupVersionKind, namespace string, obj runtime.Object) ([]FieldError, []string) {
	m, err := meta.Accessor(obj)
	if err != nil {
		return []FieldError{{Type: TypeInternal, Detail: err.Error()}}, nil
	}
	reqNamespace := namespace
	if gvk.Group == "" && gvk.Kind == "Namespace" {
		reqNamespace = m.GetName() // the create handler's rule for namespaces
	}
	// create handler: system fields of the request object are wiped
	rest.WipeObjectMetaSystemFields(m)
	if err := rest.EnsureObjectNamespaceMatchesRequestNamespace(rest.ExpectedNamespaceForScope(reqNamespace, info.strategy.NamespaceScoped()), m); err != nil {
		return statusToFieldErrors(err), nil
	}
	// registry store: system fields filled, generateName honoured
	rest.FillObjectMetaSystemFields(m)
	if m.GetGenerateName() != "" && m.GetName() == "" {
		m.SetName(info.strategy.GenerateName(m.GetGenerateName()))
	}
	// a uid derived from the object's identity keeps the output reproducible
	m.SetUID(stableUID(gvk.GroupKind(), m.GetNamespace(), m.GetName()))
	// mutating admission and the storage's BeginCreate
	if errs := beforeCreateHooks(obj); len(errs) > 0 {
		return toFieldErrors(errs), nil
	}
	rec := &warningRecorder{}
	ctx := requestContext(info, gvk, reqNamespace, m.GetName(), "create", rec)
	if err := rest.BeforeCreate(info.strategy, ctx, obj); err != nil {
		if apierrors.IsInvalid(err) {
			// BeforeCreate returns the ErrorList inside a StatusError; validation
			// of the prepared object is pure, so run it again for the typed errors.
			errs := rest.ValidateCreate(ctx, obj, info.strategy)
			if len(errs) > 0 {
				return toFieldErrors(errs), rec.warnings
			}
		}
		return statusToFieldErrors(err), rec.warnings
	}
	return nil, rec.warnings
}

// applyUpdate checks the new document as "kubectl apply" over the live
// object made from the old document: the old document is created (that is
// the stored object, with a resourceVersion), the change from the old to the
// new document is applied to it as a three-way strategic merge patch (with the
// last-applied configuration kubectl would use, see lastApplied), and the
// result goes through the update path.
func (c *Checker) applyUpdate(info kindInfo, gvk schema.GroupVersionKind, namespace string, d, od *doc) ([]FieldError, []string) {
	var warnings []string
	old, errs := c.decode(info, od)
	if len(errs) > 0 {
		return []FieldError{{Type: TypeDecode, Detail: "the old object cannot be decoded: " + errs[0].Detail}}, nil
	}
	oldErrs, _ := c.create(info, gvk, namespace, old)
	for _, e := range oldErrs {
		warnings = append(warnings, fmt.Sprintf("old object would not be accepted on create: %s: %s", e.Field, e.Detail))
	}
	om, err := meta.Accessor(old)
	if err != nil {
		return []FieldError{{Type: TypeInternal, Detail: err.Error()}}, warnings
	}
	om.SetResourceVersion("1")
	settleControllers(old)

	// the live object as the client sees it, in the new document's version
	live, err := info.scheme.ConvertToVersion(old.DeepCopyObject(), gvk.GroupVersion())
	if err != nil {
		return []FieldError{{Type: TypeInternal, Detail: "converting the live object: " + err.Error()}}, warnings
	}
	liveJSON, err := json.Marshal(live)
	if err != nil {
		return []FieldError{{Type: TypeInternal, Detail: "encoding the live object: " + err.Error()}}, warnings
	}
	versioned, err := info.scheme.New(gvk)
	if err != nil {
		return []FieldError{{Type: TypeInternal, Detail: err.Error()}}, warnings
	}
	patchMeta, err := strategicpatch.NewPatchMetaFromStruct(versioned)
	if err != nil {
		return []FieldError{{Type: TypeInternal, Detail: err.Error()}}, warnings
	}
	patch, err := strategicpatch.CreateThreeWayMergePatch(lastApplied(od.json), d.json, liveJSON, patchMeta, true)
	if err != nil {
		return []FieldError{{Type: TypeBadRequest, Detail: "creating the apply patch: " + err.Error()}}, warnings
	}
	merged, err := strategicpatch.StrategicMergePatch(liveJSON, patch, versioned)
	if err != nil {
		return []FieldError{{Type: TypeBadRequest, Detail: "applying the patch: " + err.Error()}}, warnings
	}
	obj, errs := c.decode(info, &doc{json: merged, apiVersion: d.apiVersion, kind: d.kind})
	if len(errs) > 0 {
		return errs, warnings
	}
	fe, w := c.update(info, gvk, namespace, obj, old)
	return fe, append(warnings, w...)
}

// lastApplied is the "original" of kubectl apply's three-way merge for an old
// document. A manifest (from a file or from git) is itself what was applied
// last. A live object (kubectl get -o yaml: it carries server-written metadata)
// was last applied as its kubectl.kubernetes.io/last-applied-configuration
// annotation; without one, nothing counts as previously applied, so fields
// the new manifest omits are kept rather than removed.
func lastApplied(oldJSON []byte) []byte {
	var object struct {
		Metadata struct {
			Annotations       map[string]string `json:"annotations"`
			UID               string            `json:"uid"`
			ResourceVersion   string            `json:"resourceVersion"`
			CreationTimestamp *string           `json:"creationTimestamp"`
			ManagedFields     []any             `json:"managedFields"`
		} `json:"metadata"`
	}
	if err := json.Unmarshal(oldJSON, &object); err != nil {
		return oldJSON
	}
	if applied, ok := object.Metadata.Annotations["kubectl.kubernetes.io/last-applied-configuration"]; ok {
		return []byte(applied)
	}
	m := object.Metadata
	if m.UID != "" || m.ResourceVersion != "" || m.CreationTimestamp != nil || len(m.ManagedFields) > 0 {
		return []byte("{}")
	}
	return oldJSON
}

// update runs the registry store's update steps around rest.BeforeUpdate, as
// for an apply of obj over the stored old.
func (c *Checker) update(info kindInfo, gvk schema.GroupVersionKind, namespace string, obj, old runtime.Object) ([]FieldError, []string) {
	m, err := meta.Accessor(obj)
	if err != nil {
		return []FieldError{{Type: TypeInternal, Detail: err.Error()}}, nil
	}
	om, err := meta.Accessor(old)
	if err != nil {
		return []FieldError{{Type: TypeInternal, Detail: err.Error()}}, nil
	}
	reqNamespace := namespace
	if gvk.Group == "" && gvk.Kind == "Namespace" {
		reqNamespace = m.GetName()
	}
	// an apply sends the new object with the resourceVersion and uid of the live one
	m.SetResourceVersion(om.GetResourceVersion())
	if m.GetUID() == "" {
		m.SetUID(om.GetUID())
	}
	// the storage's BeginUpdate
	if errs := beforeUpdateHooks(obj, old); len(errs) > 0 {
		return toFieldErrors(errs), nil
	}
	rec := &warningRecorder{}
	ctx := requestContext(info, gvk, reqNamespace, m.GetName(), "update", rec)
	if err := rest.BeforeUpdate(info.strategy, ctx, obj, old); err != nil {
		if apierrors.IsInvalid(err) {
			errs := rest.ValidateUpdate(ctx, obj, old, info.strategy)
			if len(errs) > 0 {
				return toFieldErrors(errs), rec.warnings
			}
		}
		return statusToFieldErrors(err), rec.warnings
	}
	return nil, rec.warnings
}

func stableUID(gk schema.GroupKind, namespace, name string) types.UID {
	h := sha256.Sum256([]byte(objKey(gk, namespace, name)))
	x := hex.EncodeToString(h[:16])
	return types.UID(x[0:8] + "-" + x[8:12] + "-4" + x[13:16] + "-8" + x[17:20] + "-" + x[20:32])
}

func toFieldErrors(errs field.ErrorList) []FieldError {
	out := make([]FieldError, 0, len(errs))
	for _, e := range errs {
		fe := FieldError{Type: string(e.Type), Field: e.Field, Detail: e.Detail}
		if fe.Detail == "" {
			fe.Detail = e.ErrorBody()
		}
		if v, ok := badValue(e); ok {
			if len(v) > maxValueLen {
				v = v[:maxValueLen] + "…"
			}
			fe.Value = &v
		}
		out = append(out, fe)
	}
	return out
}

// maxValueLen caps rendered bad values (some are whole pod templates).
const maxValueLen = 512

// badValue renders the bad value of an error that carries one.
func badValue(e *field.Error) (string, bool) {
	switch e.Type {
	case field.ErrorTypeInvalid, field.ErrorTypeTypeInvalid, field.ErrorTypeNotSupported, field.ErrorTypeNotFound,
		field.ErrorTypeDuplicate, field.ErrorTypeTooMany, field.ErrorTypeTooFew:
	default:
		return "", false
	}
	v := e.BadValue
	if v == nil {
		return "", false
	}
	if _, omitted := v.(field.OmitValueType); omitted {
		return "", false
	}
	rv := reflect.ValueOf(v)
	for rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return "", false
		}
		rv = rv.Elem()
	}
	v = rv.Interface()
	switch t := v.(type) {
	case string:
		return t, true
	case fmt.Stringer:
		return t.String(), true
	}
	switch rv.Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64:
		return fmt.Sprint(v), true
	}
	if b, err := json.Marshal(v); err == nil {
		return string(b), true
	}
	return fmt.Sprint(v), true
}

// statusToFieldErrors turns a non-validation error of the create path into
// field errors, using the causes of a StatusError when it has some.
func statusToFieldErrors(err error) []FieldError {
	var se *apierrors.StatusError
	if errors.As(err, &se) {
		st := se.ErrStatus
		if st.Details != nil && len(st.Details.Causes) > 0 {
			var out []FieldError
			for _, c := range st.Details.Causes {
				out = append(out, FieldError{Type: string(c.Type), Field: c.Field, Detail: c.Message})
			}
			return out
		}
		t := TypeInternal
		if st.Reason == metav1.StatusReasonBadRequest {
			t = TypeBadRequest
		}
		return []FieldError{{Type: t, Detail: st.Message}}
	}
	return []FieldError{{Type: TypeInternal, Detail: err.Error()}}
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, "\n")
}
