// Command oracle answers "would a Kubernetes 1.37 API server accept this
// manifest?" by running each document through the API server's own decoding,
// defaulting, conversion and registry strategies (k8s.io/kubernetes v1.37.2).
//
//	oracle [--old FILE] [--summary] FILE|DIR...
//	oracle --batch < requests.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/go-logr/logr"
	"k8s.io/klog/v2"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fset := flag.NewFlagSet("oracle", flag.ContinueOnError)
	fset.SetOutput(stderr)
	oldPath := fset.String("old", "", "YAML/JSON file (or directory) with the existing versions of the objects: matching documents are checked as updates")
	batch := fset.Bool("batch", false, "read JSON-line requests {id,file,text,oldText} on stdin, answer one JSON line each")
	summary := fset.Bool("summary", false, "print totals and the top rejection reasons to stderr at the end")
	fset.Usage = func() {
		fmt.Fprintln(stderr, "usage: oracle [--old FILE] [--summary] FILE|DIR...\n       oracle --batch")
		fset.PrintDefaults()
	}
	// flags may come before, between or after the paths
	var paths []string
	for {
		if err := fset.Parse(args); err != nil {
			return 2
		}
		if fset.NArg() == 0 {
			break
		}
		paths = append(paths, fset.Arg(0))
		args = fset.Args()[1:]
	}
	silenceLogs()
	checker := NewChecker()
	if *batch {
		if err := serveBatch(checker, stdin, stdout); err != nil {
			fmt.Fprintln(stderr, "oracle:", err)
			return 1
		}
		return 0
	}
	if len(paths) == 0 {
		fset.Usage()
		return 2
	}
	start := time.Now()
	oldText := ""
	if *oldPath != "" {
		files, err := collectFiles([]string{*oldPath})
		if err != nil {
			fmt.Fprintln(stderr, "oracle:", err)
			return 2
		}
		var b strings.Builder
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				fmt.Fprintln(stderr, "oracle:", err)
				return 2
			}
			b.Write(data)
			b.WriteString("\n---\n")
		}
		oldText = b.String()
	}
	files, err := collectFiles(paths)
	if err != nil {
		fmt.Fprintln(stderr, "oracle:", err)
		return 2
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	stats := newStats()
	for results := range checkFiles(checker, files, oldText) {
		for _, r := range results {
			stats.add(r)
			if err := enc.Encode(r); err != nil {
				fmt.Fprintln(stderr, "oracle:", err)
				return 1
			}
		}
	}
	if *summary {
		out.Flush()
		stats.print(stderr, time.Since(start))
	}
	return 0
}

// silenceLogs drops klog output (declarative validation mismatch logs and the like).
func silenceLogs() {
	klog.SetLogger(logr.Discard())
}

// collectFiles expands directories into their *.yaml, *.yml and *.json files
// (recursively, in lexical order); files named explicitly are always taken.
func collectFiles(args []string) ([]string, error) {
	var files []string
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			files = append(files, a)
			continue
		}
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				files = append(files, p) // reported as an unreadable file
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			switch strings.ToLower(filepath.Ext(p)) {
			case ".yaml", ".yml", ".json":
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return files, nil
}

// checkFiles checks files on all cores and yields their results in order.
func checkFiles(c *Checker, files []string, oldText string) <-chan []Result {
	type job struct {
		file string
		out  chan []Result
	}
	jobs := make(chan job)
	ordered := make(chan chan []Result, 64)
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- checkFile(c, j.file, oldText)
			}
		}()
	}
	go func() {
		for _, f := range files {
			ch := make(chan []Result, 1)
			ordered <- ch
			jobs <- job{f, ch}
		}
		close(jobs)
		close(ordered)
		wg.Wait()
	}()
	results := make(chan []Result)
	go func() {
		for ch := range ordered {
			results <- <-ch
		}
		close(results)
	}()
	return results
}

func checkFile(c *Checker, file, oldText string) []Result {
	data, err := os.ReadFile(file)
	if err != nil {
		return []Result{{File: file, Verdict: Reject, Operation: "create", Warnings: []string{},
			Errors: []FieldError{{Type: TypeDecode, Detail: err.Error()}}}}
	}
	return c.CheckStream(file, string(data), oldText)
}

// BatchRequest is one line of --batch input.
type BatchRequest struct {
	ID      json.RawMessage `json:"id"`
	File    string          `json:"file"`
	Text    *string         `json:"text"`
	OldText string          `json:"oldText"`
}

// BatchResponse is one line of --batch output: results, or an error when the
// request line itself is bad.
type BatchResponse struct {
	ID      json.RawMessage `json:"id"`
	Results []Result        `json:"results"`
}

// BatchError answers a bad request line.
type BatchError struct {
	ID    json.RawMessage `json:"id"`
	Error string          `json:"error"`
}

// serveBatch answers requests until stdin closes, flushing after each answer.
func serveBatch(c *Checker, in io.Reader, out io.Writer) error {
	r := bufio.NewReaderSize(in, 1<<20)
	w := bufio.NewWriter(out)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for {
		line, err := r.ReadBytes('\n')
		if len(strings.TrimSpace(string(line))) > 0 {
			resp := handleBatchLine(c, line)
			if err := enc.Encode(resp); err != nil {
				return err
			}
			if err := w.Flush(); err != nil {
				return err
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// handleBatchLine answers one request line.
func handleBatchLine(c *Checker, line []byte) any {
	var req BatchRequest
	if err := json.Unmarshal(line, &req); err != nil {
		// try to echo the id even when the rest is bad
		var partial struct {
			ID json.RawMessage `json:"id"`
		}
		_ = json.Unmarshal(line, &partial)
		return BatchError{ID: idOrEmpty(partial.ID), Error: "bad request line: " + err.Error()}
	}
	if req.Text == nil {
		return BatchError{ID: idOrEmpty(req.ID), Error: `bad request line: "text" must be a string`}
	}
	results := c.CheckStream(req.File, *req.Text, req.OldText)
	return BatchResponse{ID: idOrEmpty(req.ID), Results: nonNil(results)}
}

func idOrEmpty(id json.RawMessage) json.RawMessage {
	if len(id) == 0 {
		return json.RawMessage(`""`)
	}
	return id
}

func nonNil(r []Result) []Result {
	if r == nil {
		return []Result{}
	}
	return r
}

// stats collects the --summary figures.
type stats struct {
	documents, accepted, rejected, unknown int
	reasons                                map[string]*reason
}

type reason struct {
	key     string
	count   int
	example string
}

func newStats() *stats { return &stats{reasons: map[string]*reason{}} }

var (
	quotedRe = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)
	numberRe = regexp.MustCompile(`\b\d+\b`)
)

// normaliseDetail strips the values out of a detail so that equal reasons group.
func normaliseDetail(s string) string {
	if i := strings.Index(s, "\n"); i >= 0 {
		s = s[:i]
	}
	s = quotedRe.ReplaceAllString(s, `"…"`)
	s = numberRe.ReplaceAllString(s, "N")
	if len(s) > 140 {
		s = s[:140] + "…"
	}
	return s
}

func (s *stats) add(r Result) {
	s.documents++
	switch r.Verdict {
	case Accept:
		s.accepted++
	case Reject:
		s.rejected++
	default:
		s.unknown++
	}
	seen := map[string]bool{}
	for _, e := range r.Errors {
		key := e.Type + ": " + normaliseDetail(e.Detail)
		if seen[key] {
			continue // a reason counts once per document
		}
		seen[key] = true
		rs, ok := s.reasons[key]
		if !ok {
			rs = &reason{key: key, example: fmt.Sprintf("%s[%d] %s %s", r.File, r.Index, r.Kind, e.Field)}
			s.reasons[key] = rs
		}
		rs.count++
	}
}

func (s *stats) print(w io.Writer, wall time.Duration) {
	fmt.Fprintf(w, "documents: %d\naccepted: %d\nrejected: %d\nunknown: %d\n", s.documents, s.accepted, s.rejected, s.unknown)
	var list []*reason
	for _, r := range s.reasons {
		list = append(list, r)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].key < list[j].key
	})
	if len(list) > 15 {
		list = list[:15]
	}
	fmt.Fprintln(w, "top rejection reasons (documents, grouped by error type and normalised detail):")
	for _, r := range list {
		fmt.Fprintf(w, "%6d  %s\n        e.g. %s\n", r.count, r.key, r.example)
	}
	fmt.Fprintf(w, "wall time: %s\n", wall.Round(time.Millisecond))
}
