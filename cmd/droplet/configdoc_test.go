package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestConfigReference fails when a key of a component's configuration or of the routes file is
// missing from docs/config.md, or when the reference documents a key that no longer exists.
// The keys come from the config structs' json tags: by reflection for the packages this command
// imports, and from the source for the reporter's, whose package is internal to the reporter.
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
	want["reporter.json"] = sourceKeys(t, "../../reporter/internal/config/config.go", "Config")
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

// sourceKeys are leafKeys of the struct type named root in a Go file, read from its source: json
// tags, structs declared in the same file followed, types with UnmarshalJSON there taken as values.
func sourceKeys(t *testing.T, path, root string) []string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	structs, custom := map[string]*ast.StructType{}, map[string]bool{}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.GenDecl:
			for _, s := range d.Specs {
				if ts, ok := s.(*ast.TypeSpec); ok {
					if st, ok := ts.Type.(*ast.StructType); ok {
						structs[ts.Name.Name] = st
					}
				}
			}
		case *ast.FuncDecl:
			if d.Recv != nil && d.Name.Name == "UnmarshalJSON" {
				recv := d.Recv.List[0].Type
				if star, ok := recv.(*ast.StarExpr); ok {
					recv = star.X
				}
				if id, ok := recv.(*ast.Ident); ok {
					custom[id.Name] = true
				}
			}
		}
	}
	var walk func(st *ast.StructType, prefix string) []string
	walk = func(st *ast.StructType, prefix string) []string {
		var out []string
		for _, field := range st.Fields.List {
			if field.Tag == nil || len(field.Names) != 1 || !field.Names[0].IsExported() {
				continue
			}
			tag, _ := strconv.Unquote(field.Tag.Value)
			name, _, _ := strings.Cut(reflect.StructTag(tag).Get("json"), ",")
			if name == "-" || name == "" {
				continue
			}
			typ, array := field.Type, ""
			if star, ok := typ.(*ast.StarExpr); ok {
				typ = star.X
			}
			if arr, ok := typ.(*ast.ArrayType); ok {
				typ, array = arr.Elt, "[]"
			}
			id, ok := typ.(*ast.Ident)
			if ok && structs[id.Name] != nil && !custom[id.Name] {
				out = append(out, walk(structs[id.Name], join(prefix, name)+array)...)
				continue
			}
			out = append(out, join(prefix, name))
		}
		slices.Sort(out)
		return out
	}
	st := structs[root]
	if st == nil {
		t.Fatalf("%s: no struct %s", path, root)
	}
	return walk(st, "")
}
