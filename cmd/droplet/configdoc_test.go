package main

import (
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestConfigReference fails when a key of a component's configuration or of the routes file is
// missing from docs/config.md, or when the reference documents a key that no longer exists.
// The keys come from the config structs' json tags, by reflection.
func TestConfigReference(t *testing.T) {
	doc, err := os.ReadFile("../../docs/config.md")
	if err != nil {
		t.Fatal(err)
	}
	documented := documentedKeys(string(doc))
	want := map[string][]string{}
	for _, c := range components {
		want[c.flag+".json"] = leafKeys(c.schema, "")
	}
	for file, keys := range want {
		if len(keys) < 5 {
			t.Fatalf("%s: only %d keys found: %v", file, len(keys), keys)
		}
		doc, ok := documented[file]
		if !ok {
			t.Errorf("docs/config.md has no section whose heading names %s", file)
			continue
		}
		for _, k := range keys {
			if !slices.Contains(doc, k) {
				t.Errorf("docs/config.md, %s: key %s is not documented", file, k)
			}
		}
		for _, d := range doc {
			if !slices.ContainsFunc(keys, func(k string) bool { return k == d || strings.HasPrefix(k, d+".") || strings.HasPrefix(k, d+"[].") }) {
				t.Errorf("docs/config.md, %s: documents %s, which is not a key", file, d)
			}
		}
	}
}

var (
	headingRe = regexp.MustCompile("(?m)^## .*`([a-z]+\\.json)`")
	rowRe     = regexp.MustCompile("(?m)^\\| `([^`]+)` \\|")
)

// documentedKeys are, per file, the first cells of the table rows under the heading naming it.
func documentedKeys(doc string) map[string][]string {
	out := map[string][]string{}
	idx := headingRe.FindAllStringSubmatchIndex(doc, -1)
	for i, m := range idx {
		end := len(doc)
		if i+1 < len(idx) {
			end = idx[i+1][0]
		}
		if next := strings.Index(doc[m[1]:end], "\n## "); next >= 0 {
			end = m[1] + next
		}
		file := doc[m[2]:m[3]]
		for _, r := range rowRe.FindAllStringSubmatch(doc[m[1]:end], -1) {
			out[file] = append(out[file], r[1])
		}
	}
	return out
}

// leafKeys are the keys of t that hold a value, dotted, "[]" marking array elements.
func leafKeys(t reflect.Type, prefix string) []string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if reflect.PointerTo(t).Implements(unmarshalerType) {
		return []string{prefix}
	}
	switch t.Kind() {
	case reflect.Struct:
		var out []string
		for k, ft := range jsonKeys(t) {
			out = append(out, leafKeys(ft, join(prefix, k))...)
		}
		slices.Sort(out)
		return out
	case reflect.Slice, reflect.Array:
		if e := t.Elem(); e.Kind() == reflect.Struct || (e.Kind() == reflect.Pointer && e.Elem().Kind() == reflect.Struct) {
			return leafKeys(e, prefix+"[]")
		}
	}
	return []string{prefix}
}

func join(prefix, key string) string {
	if prefix == "" {
		return key
	}
	return prefix + "." + key
}
