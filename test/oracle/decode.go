package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	yamlv3 "go.yaml.in/yaml/v3"
	"sigs.k8s.io/yaml"
)

// chunk is one document of a stream, as text.
type chunk struct {
	text      string
	startLine int // 1-based line of the file where the chunk starts
	// readErr is set on the last chunk when kubectl's reader stops there: a
	// "---" line with content after it ("--- {a: 1}") is "invalid Yaml document
	// separator", and the document being read is lost with the rest of the stream.
	readErr string
}

// splitYAML splits a YAML stream on "---" lines the way kubectl's YAML reader
// does. A blank or comment-only prelude before the first separator is not a
// document; every other chunk counts for the index, empty ones included.
func splitYAML(text string) []chunk {
	var chunks []chunk
	var cur strings.Builder
	start := 1
	lineNo := 0
	seenSep := false
	lines := strings.SplitAfter(text, "\n")
	for _, line := range lines {
		if line == "" {
			continue
		}
		lineNo++
		trimmed := strings.TrimRight(line, "\r\n")
		if strings.HasPrefix(trimmed, "---") {
			rest := strings.TrimSpace(trimmed[3:])
			if rest != "" && !strings.HasPrefix(rest, "#") {
				// k8s.io/apimachinery/pkg/util/yaml YAMLReader.Read: only spaces and a
				// comment may follow the separator; anything else ends the stream.
				return append(chunks, chunk{text: cur.String(), startLine: start, readErr: fmt.Sprintf("line %d: invalid Yaml document separator: %s", lineNo, rest)})
			}
			if rest == "" || strings.HasPrefix(rest, "#") {
				if seenSep || !blankYAML(cur.String()) {
					chunks = append(chunks, chunk{text: cur.String(), startLine: start})
				}
				seenSep = true
				cur.Reset()
				start = lineNo + 1
				continue
			}
		}
		cur.WriteString(line)
	}
	if cur.Len() > 0 || !seenSep {
		chunks = append(chunks, chunk{text: cur.String(), startLine: start})
	}
	return chunks
}

// blankYAML reports whether a chunk has nothing but blank lines and comments.
func blankYAML(s string) bool {
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		if l != "" && !strings.HasPrefix(l, "#") {
			return false
		}
	}
	return true
}

var newlineRe = regexp.MustCompile(`\s*\n\s*`)

// oneLine joins a multi-line error message into one line.
func oneLine(s string) string {
	return newlineRe.ReplaceAllString(strings.TrimSpace(s), " ")
}

var lineRe = regexp.MustCompile(`line (\d+)`)

// shiftLines rewrites "line N" of a YAML error (relative to its chunk) to the
// line of the file.
func shiftLines(msg string, startLine int) string {
	return lineRe.ReplaceAllStringFunc(msg, func(m string) string {
		n, err := strconv.Atoi(m[5:])
		if err != nil {
			return m
		}
		return fmt.Sprintf("line %d", n+startLine-1)
	})
}

// splitDocuments turns a stream into documents. Like kubectl's
// YAMLOrJSONDecoder, a stream whose first non-blank character is '{' is read
// as a sequence of JSON values (strict JSON: no comments, no trailing
// commas); anything else as YAML. When strict JSON fails before a second value
// was read, kubectl reads the rest as YAML, which allows a trailing comma.
func splitDocuments(text string) []*doc {
	text = strings.TrimPrefix(text, "\ufeff")
	if strings.HasPrefix(strings.TrimSpace(text), "{") {
		raws, consumed, err := splitJSONStrict(text)
		if err != nil && len(raws) <= 1 {
			if docs, ok := yamlFallback(text[consumed:], len(raws)); ok {
				for i := len(raws) - 1; i >= 0; i-- {
					docs = append(jsonDoc(i, []byte(raws[i])), docs...)
				}
				return docs
			}
		}
		if err != nil {
			detail := "error parsing JSON: " + err.Error()
			var se *json.SyntaxError
			if errors.As(err, &se) {
				detail = fmt.Sprintf("error parsing JSON at line %d: %s", 1+strings.Count(text[:min(int(se.Offset), len(text))], "\n"), err.Error())
			}
			docs := []*doc{}
			for i, raw := range raws {
				docs = append(docs, jsonDoc(i, []byte(raw))...)
			}
			return append(docs, &doc{index: len(raws), parseErrs: []FieldError{{Type: TypeDecode, Detail: detail}}})
		}
		var docs []*doc
		for i, raw := range raws {
			docs = append(docs, jsonDoc(i, []byte(raw))...)
		}
		return docs
	}
	var docs []*doc
	for i, c := range splitYAML(text) {
		if c.readErr != "" {
			docs = append(docs, &doc{index: i, parseErrs: []FieldError{{Type: TypeDecode, Detail: c.readErr}}})
			break
		}
		docs = append(docs, yamlDoc(i, c)...)
	}
	return docs
}

// splitJSONStrict reads JSON values one after another; consumed is where the
// values read so far end.
func splitJSONStrict(text string) ([]json.RawMessage, int, error) {
	dec := json.NewDecoder(strings.NewReader(text))
	var out []json.RawMessage
	consumed := 0
	for {
		var raw json.RawMessage
		err := dec.Decode(&raw)
		if err == io.EOF {
			return out, consumed, nil
		}
		if err != nil {
			return out, consumed, err
		}
		out = append(out, raw)
		consumed = int(dec.InputOffset())
	}
}

// yamlFallback reads what strict JSON could not as YAML, as kubectl's
// YAMLOrJSONDecoder does; ok is false when YAML cannot read it either (kubectl
// then reports the JSON error).
func yamlFallback(rest string, firstIndex int) ([]*doc, bool) {
	var docs []*doc
	for i, c := range splitYAML(rest) {
		if c.readErr != "" {
			return nil, false
		}
		if _, err := yaml.YAMLToJSON([]byte(c.text)); err != nil {
			return nil, false
		}
		docs = append(docs, yamlDoc(firstIndex+i, c)...)
	}
	return docs, true
}

// yamlDoc converts one YAML chunk the way kubectl does (sigs.k8s.io/yaml: YAML
// 1.1 scalars, then JSON), with duplicate keys as errors.
func yamlDoc(index int, c chunk) []*doc {
	if blankYAML(c.text) {
		return []*doc{{index: index}}
	}
	js, err := yaml.YAMLToJSONStrict([]byte(c.text))
	if err != nil && onlyMergeOverrides(err, c.text) {
		// kubectl converts leniently, where a merge overrides a key written
		// before it ({x: "1", <<: {x: 2}} is {x: 2}); strict go-yaml calls that
		// a duplicate.
		if lenient, lerr := yaml.YAMLToJSON([]byte(c.text)); lerr == nil {
			js, err = lenient, nil
		}
	}
	if err != nil {
		msg := oneLine(shiftLines(err.Error(), c.startLine))
		d := &doc{index: index}
		// still report apiVersion/kind/name if the lenient conversion works
		if lenient, err2 := yaml.YAMLToJSON([]byte(c.text)); err2 == nil {
			var obj map[string]any
			if json.Unmarshal(lenient, &obj) == nil && obj != nil {
				d.obj = obj
				d.apiVersion, _ = obj["apiVersion"].(string)
				d.kind, _ = obj["kind"].(string)
			}
		}
		if strings.Contains(err.Error(), "already set in map") {
			typ := docType(d.apiVersion, d.kind)
			for _, dup := range duplicateKeys(c.text) {
				d.parseErrs = append(d.parseErrs, FieldError{Type: TypeDuplicateField, Field: apiPath(typ, dup.segs),
					Detail: fmt.Sprintf("yaml: line %d: key %q already set in map", dup.line+c.startLine-1, dup.key)})
			}
		}
		if len(d.parseErrs) == 0 {
			t := TypeDecode
			if strings.Contains(err.Error(), "already set in map") {
				t = TypeDuplicateField
			}
			d.parseErrs = []FieldError{{Type: t, Detail: msg}}
		}
		return []*doc{d}
	}
	return jsonDoc(index, js)
}

// jsonDoc makes the document (or, for a List, its items) out of JSON text.
func jsonDoc(index int, js []byte) []*doc {
	var v any
	dec := json.NewDecoder(bytes.NewReader(js))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		return []*doc{{index: index, parseErrs: []FieldError{{Type: TypeDecode, Detail: err.Error()}}}}
	}
	obj, ok := v.(map[string]any)
	if !ok {
		return []*doc{{index: index}} // null, a scalar or a list: not an object
	}
	d := &doc{index: index, json: js, obj: obj}
	av, avOK := obj["apiVersion"]
	k, kOK := obj["kind"]
	d.apiVersion, _ = av.(string)
	d.kind, _ = k.(string)
	if (avOK && av != nil && d.apiVersion == "") || (kOK && k != nil && d.kind == "") {
		d.parseErrs = []FieldError{{Type: TypeDecode, Field: "apiVersion", Detail: "apiVersion and kind must be strings"}}
		return []*doc{d}
	}
	if items, isList := obj["items"].([]any); isList && strings.HasSuffix(d.kind, "List") && d.apiVersion != "" {
		// kubectl flattens lists and checks every item on its own. Items of a
		// typed list (PodList...) without apiVersion/kind get the list's.
		var out []*doc
		itemKind := strings.TrimSuffix(d.kind, "List")
		for i, it := range items {
			item := i
			m, ok := it.(map[string]any)
			if !ok {
				out = append(out, &doc{index: index, item: &item, apiVersion: d.apiVersion, kind: d.kind,
					parseErrs: []FieldError{{Type: TypeDecode, Field: fmt.Sprintf("items[%d]", i), Detail: "list item is not an object"}}})
				continue
			}
			if d.kind != "List" {
				if _, ok := m["kind"]; !ok {
					m["kind"] = itemKind
				}
				if _, ok := m["apiVersion"]; !ok {
					m["apiVersion"] = d.apiVersion
				}
			}
			b, err := json.Marshal(m)
			if err != nil {
				out = append(out, &doc{index: index, item: &item, parseErrs: []FieldError{{Type: TypeDecode, Detail: err.Error()}}})
				continue
			}
			sub := jsonDoc(index, b)
			for _, s := range sub {
				s.item = &item
				if len(s.parseErrs) == 0 && s.obj != nil && (s.apiVersion == "" || s.kind == "") {
					// an item of a List must be an object of its own
					missing := "Object 'Kind' is missing"
					if s.kind != "" {
						missing = "Object 'apiVersion' is missing"
					}
					s.parseErrs = []FieldError{{Type: TypeDecode, Field: fmt.Sprintf("items[%d]", i), Detail: missing}}
				}
			}
			out = append(out, sub...)
		}
		return out
	}
	return []*doc{d}
}

// onlyMergeOverrides reports whether every error of a strict conversion is a
// key "already set" by a merge key, not a key written twice.
func onlyMergeOverrides(err error, text string) bool {
	if !strings.Contains(text, "<<") || len(duplicateKeys(text)) > 0 {
		return false
	}
	for _, line := range strings.Split(err.Error(), "\n") {
		line = strings.TrimSpace(line)
		if line != "" && line != "yaml: unmarshal errors:" && !strings.Contains(line, "already set in map") {
			return false
		}
	}
	return true
}

type duplicate struct {
	segs []seg
	key  string
	line int // within the chunk
}

// yaml11Bools are the plain scalars YAML 1.1 (and so go-yaml v2, which
// Kubernetes uses) reads as booleans.
var yaml11Bools = map[string]string{
	"y": "true", "Y": "true", "yes": "true", "Yes": "true", "YES": "true", "true": "true", "True": "true", "TRUE": "true", "on": "true", "On": "true", "ON": "true",
	"n": "false", "N": "false", "no": "false", "No": "false", "NO": "false", "false": "false", "False": "false", "FALSE": "false", "off": "false", "Off": "false", "OFF": "false",
}

// duplicateKeys lists the repeated mapping keys of a YAML document, keys
// compared as go-yaml v2 reads them (YAML 1.1 booleans).
func duplicateKeys(text string) []duplicate {
	var n yamlv3.Node
	if err := yamlv3.Unmarshal([]byte(text), &n); err != nil {
		return nil
	}
	var out []duplicate
	var walk func(n *yamlv3.Node, path []seg, depth int)
	walk = func(n *yamlv3.Node, path []seg, depth int) {
		if depth > 2000 {
			return
		}
		switch n.Kind {
		case yamlv3.DocumentNode:
			for _, c := range n.Content {
				walk(c, path, depth+1)
			}
		case yamlv3.MappingNode:
			seen := map[string]bool{}
			for i := 0; i+1 < len(n.Content); i += 2 {
				kn := n.Content[i]
				k := kn.Value
				if kn.Style == 0 {
					if b, ok := yaml11Bools[k]; ok {
						k = b
					}
				}
				p := append(append([]seg{}, path...), seg{key: k})
				if k == "<<" {
					continue
				}
				if seen[k] {
					out = append(out, duplicate{segs: p, key: k, line: kn.Line})
					continue
				}
				seen[k] = true
				walk(n.Content[i+1], p, depth+1)
			}
		case yamlv3.SequenceNode:
			for i, c := range n.Content {
				walk(c, append(append([]seg{}, path...), seg{index: i, isIndex: true}), depth+1)
			}
		}
	}
	walk(&n, nil, 0)
	return out
}

var quotedPathRe = regexp.MustCompile(`^(unknown|duplicate) field "(.*)"$`)

// strictFieldError turns one strict decoding error into a FieldError.
func strictFieldError(err error, typ reflect.Type) FieldError {
	msg := err.Error()
	t := TypeUnknownField
	var path string
	if fe, ok := err.(interface{ FieldPath() string }); ok {
		path = fe.FieldPath()
	}
	if m := quotedPathRe.FindStringSubmatch(msg); m != nil {
		if m[1] == "duplicate" {
			t = TypeDuplicateField
		}
		if path == "" {
			path = m[2]
		}
	} else if strings.Contains(msg, "duplicate") || strings.Contains(msg, "already set") {
		t = TypeDuplicateField
	}
	return FieldError{Type: t, Field: apiPath(typ, parseDottedPath(typ, path)), Detail: "strict decoding error: " + msg}
}

// decodeFieldError turns a fatal decoding error into a FieldError, locating
// the offending value with fails, which reports whether decoding a JSON
// document fails fatally.
func decodeFieldError(err error, js []byte, fails func([]byte) bool, typ reflect.Type) FieldError {
	fe := FieldError{Type: TypeDecode, Detail: err.Error()}
	if p, ok := locateDecodeError(js, fails); ok {
		fe.Field = apiPath(typ, p)
	}
	return fe
}

// jnode is a JSON value that keeps the order of object keys.
type jnode struct {
	kind byte // 'o' object, 'a' array, 's' scalar
	keys []string
	kids []*jnode
	raw  []byte
	id   int
	path []seg
}

func parseOrdered(dec *json.Decoder) (*jnode, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			n := &jnode{kind: 'o'}
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return nil, err
				}
				k, _ := kt.(string)
				v, err := parseOrdered(dec)
				if err != nil {
					return nil, err
				}
				n.keys = append(n.keys, k)
				n.kids = append(n.kids, v)
			}
			_, err := dec.Token()
			return n, err
		case '[':
			n := &jnode{kind: 'a'}
			for dec.More() {
				v, err := parseOrdered(dec)
				if err != nil {
					return nil, err
				}
				n.kids = append(n.kids, v)
			}
			_, err := dec.Token()
			return n, err
		}
		return nil, fmt.Errorf("unexpected %v", t)
	case json.Number:
		return &jnode{kind: 's', raw: []byte(t.String())}, nil
	default:
		b, err := json.Marshal(t)
		return &jnode{kind: 's', raw: b}, err
	}
}

// number assigns pre-order ids and API paths.
func (n *jnode) number(next *int, path []seg, all *[]*jnode) {
	n.id = *next
	n.path = path
	*next++
	*all = append(*all, n)
	for i, k := range n.kids {
		p := append([]seg{}, path...)
		if n.kind == 'o' {
			p = append(p, seg{key: n.keys[i]})
		} else {
			p = append(p, seg{index: i, isIndex: true})
		}
		k.number(next, p, all)
	}
}

// write serializes the nodes with id < limit (the root's apiVersion and kind
// always).
func (n *jnode) write(b *bytes.Buffer, limit int, root bool) {
	switch n.kind {
	case 's':
		b.Write(n.raw)
	case 'o':
		b.WriteByte('{')
		first := true
		for i, k := range n.kids {
			keep := k.id < limit || (root && (n.keys[i] == "apiVersion" || n.keys[i] == "kind"))
			if !keep {
				continue
			}
			if !first {
				b.WriteByte(',')
			}
			first = false
			kb, _ := json.Marshal(n.keys[i])
			b.Write(kb)
			b.WriteByte(':')
			k.write(b, limit, false)
		}
		b.WriteByte('}')
	case 'a':
		b.WriteByte('[')
		first := true
		for _, k := range n.kids {
			if k.id >= limit {
				continue
			}
			if !first {
				b.WriteByte(',')
			}
			first = false
			k.write(b, limit, false)
		}
		b.WriteByte(']')
	}
}

// locateDecodeError finds the first value (in document order) that makes
// decoding fail, by bisecting over growing prefixes of the document. This
// works for every kind of decoding error, including those of UnmarshalJSON
// methods (resource.Quantity, IntOrString, Time) that carry no position.
func locateDecodeError(js []byte, fails func([]byte) bool) ([]seg, bool) {
	dec := json.NewDecoder(bytes.NewReader(js))
	dec.UseNumber()
	root, err := parseOrdered(dec)
	if err != nil || root.kind != 'o' {
		return nil, false
	}
	var all []*jnode
	next := 0
	root.number(&next, nil, &all)
	prefix := func(k int) []byte {
		var b bytes.Buffer
		root.write(&b, k, true)
		return b.Bytes()
	}
	lo, hi := 1, len(all) // prefix(lo) decodes; prefix(hi) fails
	if fails(prefix(lo)) || !fails(prefix(hi)) {
		return nil, false
	}
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if fails(prefix(mid)) {
			hi = mid
		} else {
			lo = mid
		}
	}
	return all[hi-1].path, true
}
