package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"reflect"
	"strings"
	"testing"

	"k8s.io/apimachinery/pkg/runtime"
	utilyaml "k8s.io/apimachinery/pkg/util/yaml"
)

// kubectlReadFails reads a stream with kubectl's own YAML reader and says whether it stops with an error.
func kubectlReadFails(text string) bool {
	reader := utilyaml.NewYAMLReader(bufio.NewReader(strings.NewReader(text)))
	for {
		_, err := reader.Read()
		if err == io.EOF {
			return false
		}
		if err != nil {
			return true
		}
	}
}

// The oracle splits streams as kubectl's reader does, separator lines included (issue 19 item 10).
func TestSplitYAMLMatchesKubectlReader(t *testing.T) {
	cases := map[string]string{
		"content after the separator": "--- {apiVersion: v1, kind: ConfigMap, metadata: {name: a}}\n",
		"a value after a separator":   "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n--- x\n",
		"dashes glued to a word":      "---abc\napiVersion: v1\n",
		"a comment after a separator": "--- # first\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n",
		"spaces after a separator":    "---   \napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n",
		"an indented separator":       "a: |\n  ---  x\n",
		"a plain stream of two":       "a: 1\n---\nb: 2\n",
	}
	for name, text := range cases {
		t.Run(name, func(t *testing.T) {
			chunks := splitYAML(text)
			oracleFails := len(chunks) > 0 && chunks[len(chunks)-1].readErr != ""
			if kubectl := kubectlReadFails(text); oracleFails != kubectl {
				t.Fatalf("kubectl's reader fails: %v, the oracle's split fails: %v (%+v)", kubectl, oracleFails, chunks)
			}
		})
	}
}

// kubectlDecode reads a stream as kubectl does (cli-runtime's StreamVisitor:
// YAMLOrJSONDecoder into raw JSON): the JSON of each document up to the first
// error, and whether there was one.
func kubectlDecode(text string) ([]string, bool) {
	decoder := utilyaml.NewYAMLOrJSONDecoder(strings.NewReader(text), 4096)
	var out []string
	for {
		raw := runtime.RawExtension{}
		err := decoder.Decode(&raw)
		if err == io.EOF {
			return out, false
		}
		if err != nil {
			return out, true
		}
		if trimmed := bytes.TrimSpace(raw.Raw); len(trimmed) > 0 && string(trimmed) != "null" {
			out = append(out, string(trimmed))
		}
	}
}

// The oracle reads what kubectl's decoder reads, the value included, and
// refuses what it refuses (issue 19 item 10 and the "Lower" list).
func TestDocumentsMatchKubectlDecoder(t *testing.T) {
	cm := "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n"
	cases := map[string]string{
		"a %YAML 1.2 directive":                 "%YAML 1.2\n---\n" + cm,
		"a %YAML 1.1 line before the separator": "%YAML 1.1\n---\n" + cm,
		"a directive after a document end":      cm + "...\n%YAML 1.1\n---\n" + cm,
		"a lone surrogate escape":               cm + "data:\n  x: \"\\uD800\"\n",
		"a surrogate pair of escapes":           cm + "data:\n  x: \"\\uD83D\\uDE00\"\n",
		"a merge overriding an explicit key":    cm + "data: {x: \"1\", <<: {x: \"2\"}}\n",
		"a merge overriding with a number":      cm + "data: {x: \"1\", <<: {x: 2}}\n",
		"an explicit key after a merge":         cm + "data: {<<: {x: \"2\"}, x: \"1\"}\n",
		"a merge of a list":                     cm + "data: {x: \"1\", <<: [{x: \"2\"}, {x: \"3\", y: \"4\"}]}\n",
		"a merge of a scalar":                   cm + "data:\n  <<: \"scalar\"\n",
		"!!float in string data":                cm + "data:\n  x: !!float 1\n",
		"CR-only line endings":                  strings.ReplaceAll(cm+"data:\n  x: y\n", "\n", "\r"),
		"CR-only line endings, two documents":   strings.ReplaceAll(cm+"---\n"+cm, "\n", "\r"),
		"a trailing comma in JSON":              "{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"a\",},}\n",
		"a trailing comma in a second value":    "{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"a\"}}\n{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"b\",}}\n",
		"a trailing comma in a third value":     "{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"a\"}}\n{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"b\"}}\n{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"c\",}}\n",
		"JSON with a comment":                   "{\"apiVersion\": \"v1\", // c\n \"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"a\"}}\n",
	}
	for name, text := range cases {
		t.Run(name, func(t *testing.T) {
			want, kubectlFails := kubectlDecode(text)
			docs := splitDocuments(text)
			oracleFails := false
			var got []string
			for _, d := range docs {
				for _, e := range d.parseErrs {
					if e.Type == TypeDecode {
						oracleFails = true
					}
				}
				if len(d.parseErrs) == 0 && d.json != nil {
					got = append(got, string(d.json))
				}
			}
			if oracleFails != kubectlFails {
				t.Fatalf("kubectl fails: %v, the oracle fails: %v (%+v)", kubectlFails, oracleFails, docs)
			}
			if !kubectlFails && !sameJSON(got, want) {
				t.Fatalf("kubectl reads %v, the oracle %v", want, got)
			}
		})
	}
}

func sameJSON(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		var x, y any
		if json.Unmarshal([]byte(a[i]), &x) != nil || json.Unmarshal([]byte(b[i]), &y) != nil || !reflect.DeepEqual(x, y) {
			return false
		}
	}
	return true
}
