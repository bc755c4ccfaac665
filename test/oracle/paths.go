package main

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// seg is one step of a path into a JSON document: an object key or an index.
type seg struct {
	key     string
	index   int
	isIndex bool
}

// apiPath renders segs in the API server's field.Path notation, using the Go
// type t of the document to tell struct fields (".name") from map keys
// ("[key]"). Without type information (t == nil, or below a value of a
// free-form type) keys are written as fields.
func apiPath(t reflect.Type, segs []seg) string {
	var b strings.Builder
	for _, s := range segs {
		t = deref(t)
		if s.isIndex {
			fmt.Fprintf(&b, "[%d]", s.index)
			if t != nil && (t.Kind() == reflect.Slice || t.Kind() == reflect.Array) {
				t = t.Elem()
			} else {
				t = nil
			}
			continue
		}
		if t != nil && t.Kind() == reflect.Map {
			fmt.Fprintf(&b, "[%s]", s.key)
			t = t.Elem()
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(s.key)
		if t != nil && t.Kind() == reflect.Struct {
			t = jsonField(t, s.key)
		} else {
			t = nil
		}
	}
	return b.String()
}

func deref(t reflect.Type) reflect.Type {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t
}

// jsonField is the type of the field of struct t that JSON calls name
// (embedded and inline structs included), or nil.
func jsonField(t reflect.Type, name string) reflect.Type {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		n, _, _ := strings.Cut(tag, ",")
		if n == "-" {
			continue
		}
		if n == "" && (f.Anonymous || strings.Contains(tag, "inline")) {
			if ft := deref(f.Type); ft != nil && ft.Kind() == reflect.Struct {
				if r := jsonField(ft, name); r != nil {
					return r
				}
			}
			continue
		}
		if n == "" {
			if !f.IsExported() {
				continue
			}
			n = f.Name
		}
		if n == name {
			return f.Type
		}
	}
	return nil
}

// parseDottedPath reads a path as the strict JSON decoder writes it
// ("spec.containers[0].foo", map keys joined with dots too) back into
// segments, guided by the type so that map keys containing dots stay whole
// when they are leaves.
func parseDottedPath(t reflect.Type, p string) []seg {
	var segs []seg
	for len(p) > 0 {
		t = deref(t)
		if p[0] == '[' {
			end := strings.IndexByte(p, ']')
			if end < 0 {
				segs = append(segs, seg{key: p})
				break
			}
			n, err := strconv.Atoi(p[1:end])
			if err != nil {
				segs = append(segs, seg{key: p[1:end]})
			} else {
				segs = append(segs, seg{index: n, isIndex: true})
			}
			if t != nil && (t.Kind() == reflect.Slice || t.Kind() == reflect.Array) {
				t = t.Elem()
			} else {
				t = nil
			}
			p = strings.TrimPrefix(p[end+1:], ".")
			continue
		}
		if t != nil && t.Kind() == reflect.Map {
			if e := deref(t.Elem()); e.Kind() != reflect.Struct && e.Kind() != reflect.Map && e.Kind() != reflect.Slice {
				// leaf map: the rest is one key
				segs = append(segs, seg{key: p})
				break
			}
		}
		end := strings.IndexAny(p, ".[")
		if end < 0 {
			end = len(p)
		}
		key := p[:end]
		segs = append(segs, seg{key: key})
		switch {
		case t != nil && t.Kind() == reflect.Struct:
			t = jsonField(t, key)
		case t != nil && t.Kind() == reflect.Map:
			t = t.Elem()
		default:
			t = nil
		}
		p = strings.TrimPrefix(p[end:], ".")
	}
	return segs
}
