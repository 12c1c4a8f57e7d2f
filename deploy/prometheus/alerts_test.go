// Package prometheus holds example Prometheus alerting rules; its test checks every metric they
// name against the metrics the signer, the watchers and the relayer define in their code.
package prometheus

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"go.yaml.in/yaml/v2"
)

// rules is the Prometheus rule file format (the parts checked here).
type rules struct {
	Groups []struct {
		Name  string `yaml:"name"`
		Rules []struct {
			Alert       string            `yaml:"alert"`
			Expr        string            `yaml:"expr"`
			For         string            `yaml:"for"`
			Labels      map[string]string `yaml:"labels"`
			Annotations map[string]string `yaml:"annotations"`
		} `yaml:"rules"`
	} `yaml:"groups"`
}

// metric is a metric the code defines.
type metric struct {
	histogram bool
	file      string
}

// definedMetrics reads the Go source under dirs (tests excluded) and returns every metric it
// defines: prometheus.*Opts literals with constant Namespace, Subsystem and Name; helper
// functions that fill Name from their first parameter, called with a constant; and
// prometheus.NewDesc with a constant name.
func definedMetrics(t *testing.T, dirs ...string) map[string]metric {
	t.Helper()
	out := map[string]metric{}
	fset := token.NewFileSet()
	for _, dir := range dirs {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return err
			}
			f, err := parser.ParseFile(fset, path, nil, 0)
			if err != nil {
				return err
			}
			collect(f, path, out)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return out
}

func str(e ast.Expr) (string, bool) {
	if b, ok := e.(*ast.BasicLit); ok && b.Kind == token.STRING {
		s, err := strconv.Unquote(b.Value)
		return s, err == nil
	}
	return "", false
}

// opts reads a prometheus.XxxOpts literal: its fields, and whether it is a histogram's.
func opts(cl *ast.CompositeLit) (fields map[string]ast.Expr, histogram, ok bool) {
	sel, isSel := cl.Type.(*ast.SelectorExpr)
	if !isSel || !strings.HasSuffix(sel.Sel.Name, "Opts") {
		return nil, false, false
	}
	if x, isIdent := sel.X.(*ast.Ident); !isIdent || x.Name != "prometheus" {
		return nil, false, false
	}
	fields = map[string]ast.Expr{}
	for _, el := range cl.Elts {
		if kv, isKV := el.(*ast.KeyValueExpr); isKV {
			if k, isIdent := kv.Key.(*ast.Ident); isIdent {
				fields[k.Name] = kv.Value
			}
		}
	}
	return fields, strings.HasPrefix(sel.Sel.Name, "Histogram"), true
}

func collect(f *ast.File, path string, out map[string]metric) {
	type helper struct {
		prefix    string
		histogram bool
	}
	helpers := map[string]helper{}
	// Helpers: v := func(name, ...) ... { ... prometheus.XOpts{Namespace: "a", Subsystem: "b", Name: name} ... }
	ast.Inspect(f, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
			return true
		}
		v, ok1 := as.Lhs[0].(*ast.Ident)
		fl, ok2 := as.Rhs[0].(*ast.FuncLit)
		if !ok1 || !ok2 || len(fl.Type.Params.List) == 0 || len(fl.Type.Params.List[0].Names) == 0 {
			return true
		}
		param := fl.Type.Params.List[0].Names[0].Name
		ast.Inspect(fl.Body, func(n ast.Node) bool {
			cl, ok := n.(*ast.CompositeLit)
			if !ok {
				return true
			}
			fields, hist, ok := opts(cl)
			if !ok {
				return true
			}
			ns, _ := str(fields["Namespace"])
			sub, _ := str(fields["Subsystem"])
			if id, isIdent := fields["Name"].(*ast.Ident); isIdent && id.Name == param {
				helpers[v.Name] = helper{prefix: join(ns, sub), histogram: hist}
			}
			return true
		})
		return true
	})
	ast.Inspect(f, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.CompositeLit:
			fields, hist, ok := opts(x)
			if !ok {
				return true
			}
			name, ok := str(fields["Name"])
			if !ok {
				return true
			}
			ns, _ := str(fields["Namespace"])
			sub, _ := str(fields["Subsystem"])
			out[join(ns, sub, name)] = metric{histogram: hist, file: path}
		case *ast.CallExpr:
			if len(x.Args) == 0 {
				return true
			}
			name, ok := str(x.Args[0])
			if !ok {
				return true
			}
			switch fn := x.Fun.(type) {
			case *ast.Ident:
				if h, isHelper := helpers[fn.Name]; isHelper {
					out[join(h.prefix, name)] = metric{histogram: h.histogram, file: path}
				}
			case *ast.SelectorExpr:
				if x, isIdent := fn.X.(*ast.Ident); isIdent && x.Name == "prometheus" && fn.Sel.Name == "NewDesc" {
					out[name] = metric{file: path}
				}
			}
		}
		return true
	})
}

func join(parts ...string) string {
	var keep []string
	for _, p := range parts {
		if p != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, "_")
}

// metricRe finds the project's metric names in a PromQL expression: all of them start with
// droplet_, and nothing else in an expression does (label values are quoted and skipped).
var metricRe = regexp.MustCompile(`\bdroplet_[a-z0-9_]+`)

var quotedRe = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)

// unknownMetrics lists the names in expr that no code defines.
func unknownMetrics(expr string, defined map[string]metric) (names, unknown []string) {
	for _, n := range metricRe.FindAllString(quotedRe.ReplaceAllString(expr, `""`), -1) {
		names = append(names, n)
		if _, ok := defined[n]; ok {
			continue
		}
		base := n
		for _, suf := range []string{"_bucket", "_sum", "_count"} {
			base = strings.TrimSuffix(base, suf)
		}
		if m, ok := defined[base]; ok && m.histogram && base != n {
			continue
		}
		unknown = append(unknown, n)
	}
	return names, unknown
}

func loadRules(t *testing.T) rules {
	t.Helper()
	b, err := os.ReadFile("droplet-alerts.yml")
	if err != nil {
		t.Fatal(err)
	}
	var r rules
	if err := yaml.UnmarshalStrict(b, &r); err != nil {
		t.Fatalf("droplet-alerts.yml: %v", err)
	}
	return r
}

// TestAlertRules: every rule is well formed, and every metric its expression names is defined
// by the signer's, a watcher's or the relayer's code.
func TestAlertRules(t *testing.T) {
	defined := definedMetrics(t, "../../signer", "../../watcher", "../../relayer")
	// The extraction itself must find the metrics the alerts are about.
	for _, want := range []string{"droplet_relayer_failed_total", "droplet_relayer_queue_transfers", "droplet_relayer_gas_balance_wei",
		"droplet_relayer_float", "droplet_signer_conflicting_attestations_total", "droplet_watcher_final_block_changes_total",
		"droplet_watcher_final_block", "droplet_relayer_finality_to_confirmation_seconds"} {
		if _, ok := defined[want]; !ok {
			var all []string
			for n := range defined {
				all = append(all, n)
			}
			sort.Strings(all)
			t.Fatalf("the code's metrics, as read, lack %s: %v", want, all)
		}
	}
	r := loadRules(t)
	seen := map[string]bool{}
	covered := map[string]bool{}
	for _, g := range r.Groups {
		if g.Name == "" || len(g.Rules) == 0 {
			t.Errorf("group %q: a name and rules are required", g.Name)
		}
		for _, rule := range g.Rules {
			switch {
			case rule.Alert == "" || rule.Expr == "":
				t.Errorf("group %s: a rule without alert or expr: %+v", g.Name, rule)
			case seen[rule.Alert]:
				t.Errorf("alert %s defined twice", rule.Alert)
			case rule.Labels["severity"] == "" || rule.Annotations["summary"] == "":
				t.Errorf("alert %s: needs labels.severity and annotations.summary", rule.Alert)
			}
			seen[rule.Alert] = true
			names, unknown := unknownMetrics(rule.Expr, defined)
			if len(names) == 0 {
				t.Errorf("alert %s names no droplet metric: %s", rule.Alert, rule.Expr)
			}
			if len(unknown) > 0 {
				t.Errorf("alert %s names metrics no code defines: %v", rule.Alert, unknown)
			}
			for _, n := range names {
				covered[n] = true
			}
		}
	}
	// What the operators asked to be alerted on.
	for _, need := range []string{"droplet_relayer_failed_total", "droplet_relayer_oldest_pending_age_seconds", "droplet_relayer_gas_balance_wei",
		"droplet_relayer_float", "droplet_watcher_final_block_changes_total", "droplet_watcher_checkpoint_block",
		"droplet_signer_conflicting_attestations_total"} {
		if !covered[need] {
			t.Errorf("no alert uses %s", need)
		}
	}
}

// TestUnknownMetrics: the check refuses what it must.
func TestUnknownMetrics(t *testing.T) {
	defined := map[string]metric{"droplet_relayer_latency_seconds": {histogram: true}, "droplet_relayer_failed_total": {}}
	for _, c := range []struct {
		name, expr string
		unknown    []string
	}{
		{"known", `increase(droplet_relayer_failed_total[5m]) > 0`, nil},
		{"histogram series", `rate(droplet_relayer_latency_seconds_bucket[5m])`, nil},
		{"misspelt", `increase(droplet_relayer_fail_total[5m]) > 0`, []string{"droplet_relayer_fail_total"}},
		{"suffix of a counter", `droplet_relayer_failed_total_count`, []string{"droplet_relayer_failed_total_count"}},
		{"label value ignored", `droplet_relayer_failed_total{reason="droplet_nothing"}`, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, got := unknownMetrics(c.expr, defined)
			if strings.Join(got, ",") != strings.Join(c.unknown, ",") {
				t.Errorf("unknown %v, want %v", got, c.unknown)
			}
		})
	}
}
