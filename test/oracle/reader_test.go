package main

import (
	"bufio"
	"io"
	"strings"
	"testing"

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
