// Package stack runs a whole TokenDroplet devnet on loopback with no outside service: a
// throwaway PostgreSQL from the system's binaries, anvil as the Ethereum dev chain, the Metaverse
// devnet node, the signer (a Vault dev server when one is installed, else the devnet-only file
// key backend), three watchers (two of three make a quorum), the relayer and the reporter. The
// first start deploys the contracts, issues the MST from the bridge's avatar and funds the test
// users; a later start resumes from the state kept in the devnet's directory.
package stack

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/tokendroplet/droplet/internal/devnet"
	"github.com/tokendroplet/droplet/internal/mvsrpc"
	"github.com/tokendroplet/droplet/internal/transfer"
)

// Options of Run.
type Options struct {
	Dir       string
	FreePorts bool // a new devnet takes free ports instead of the fixed ones
	NoVault   bool // a new devnet uses the file key backend even when Vault is installed
	Build     bool // build the components into Dir/bin (inside the repository)
	Out       io.Writer
	// Ready, if set, is called once everything runs.
	Ready func(*devnet.Layout)
	// Control, if set, is called once everything runs (before Ready) with the means to stop and
	// start one component while the devnet runs; it must not be used after Run returns.
	Control func(*Control)
}

// Control stops and starts the devnet's components by name (postgres, vault, anvil,
// mvs-devnet, signer, watcher-a, watcher-b, watcher-c, relayer, reporter) while Run supervises
// them: tests take watchers away and bring them back. A component stopped through Control is
// not a death; one started again is supervised as before and stopped in its old place.
type Control struct {
	sup    *supervisor
	logDir string
	specs  map[string]childSpec
}

// childSpec is how a component is started and found ready, kept so Control can start it again.
type childSpec struct {
	stop    syscall.Signal
	command func() (*exec.Cmd, error)
	timeout time.Duration
	ready   func(context.Context) error
}

// Stop stops the running component name with its stop signal (killed after grace) and waits
// for its exit. It wraps ErrNotRunning when name is not running.
func (c *Control) Stop(name string, grace time.Duration) error {
	return c.sup.stopOne(name, grace)
}

// Start starts the stopped component name again with its first start's command and waits until
// it is ready, as Run did. It wraps ErrRunning when it runs already.
func (c *Control) Start(ctx context.Context, name string) error {
	sp, ok := c.specs[name]
	if !ok {
		return fmt.Errorf("start %s: no such component", name)
	}
	cmd, err := sp.command()
	if err != nil {
		return fmt.Errorf("start %s: %w", name, err)
	}
	p, err := c.sup.start(name, sp.stop, c.logDir, cmd)
	if err != nil {
		return err
	}
	return waitReady(ctx, p, sp.timeout, sp.ready)
}

// ErrChildDied: a component stopped on its own; the error says which, with the end of its log.
var ErrChildDied = errors.New("a devnet component stopped")

// Run starts the devnet and supervises it until ctx ends (Ctrl-C), then stops every part in the
// reverse order of their start. A part that dies stops the devnet with its log's end.
func Run(ctx context.Context, o Options) (err error) {
	logf := func(format string, a ...any) { fmt.Fprintf(o.Out, "devnet: "+format+"\n", a...) }
	pgBin, err := FindPostgres()
	if err != nil {
		return err
	}
	vaultBin := FindVault()
	l, err := devnet.Load(o.Dir)
	if errors.Is(err, devnet.ErrNotInitialised) {
		layout := devnet.DefaultLayout()
		if o.FreePorts {
			if layout, err = devnet.FreeLayout(); err != nil {
				return err
			}
		}
		layout.Keys = devnet.KeysFile
		if vaultBin != "" && !o.NoVault {
			layout.Keys = devnet.KeysVault
		}
		logf("writing a new devnet's configuration into %s", o.Dir)
		l, err = devnet.Init(o.Dir, layout)
	}
	if err != nil {
		return err
	}
	if l.Keys == devnet.KeysVault && vaultBin == "" {
		return errors.New("this devnet's signer keeps its keys in Vault, and no Vault binary is found: run scripts/build-vault.sh, or remove the directory to start afresh with file keys")
	}
	// PostgreSQL runs as its own user when this is root: it must be able to enter the directory.
	if err := os.Chmod(l.Dir, 0o755); err != nil {
		return err
	}
	logDir := l.Path("logs")
	if err := os.MkdirAll(logDir, 0o755); err != nil {
		return err
	}
	anvil, err := findAnvil(ctx)
	if err != nil {
		return err
	}
	bins, err := binaries(ctx, l.Path("bin"), o.Build, logf)
	if err != nil {
		return err
	}
	rb, err := os.ReadFile(l.Path(devnet.RoutesFile))
	if err != nil {
		return err
	}
	routes, err := transfer.ParseRoutes(rb)
	if err != nil {
		return fmt.Errorf("%s: %w", devnet.RoutesFile, err)
	}

	sup := newSupervisor()
	defer func() {
		logf("stopping")
		sup.stopAll(20*time.Second, func(name string, e error) {
			logf("%s: %v", name, e)
		})
		if ctx.Err() != nil && errors.Is(err, context.Canceled) {
			err = nil // Ctrl-C while starting is a clean stop too
		}
		if err == nil {
			logf("stopped; state kept in %s (remove it to start afresh)", l.Dir)
		}
	}()
	ctl := &Control{sup: sup, logDir: logDir, specs: map[string]childSpec{}}
	start := func(name string, stop syscall.Signal, command func() (*exec.Cmd, error), timeout time.Duration, ready func(context.Context) error) error {
		ctl.specs[name] = childSpec{stop: stop, command: command, timeout: timeout, ready: ready}
		cmd, err := command()
		if err != nil {
			return err
		}
		p, err := sup.start(name, stop, logDir, cmd)
		if err != nil {
			return err
		}
		if err := waitReady(ctx, p, timeout, ready); err != nil {
			return err
		}
		logf("%s is up", name)
		return nil
	}

	// PostgreSQL: SIGINT is its fast shutdown.
	if err := initPostgres(ctx, pgBin, l.Path("pg")); err != nil {
		return err
	}
	pgCmd := func() (*exec.Cmd, error) { return postgresCommand(pgBin, l.Path("pg"), l.PostgresPort) }
	if err := start("postgres", syscall.SIGINT, pgCmd, time.Minute, pingPostgres(l.PostgresURL("postgres"))); err != nil {
		return err
	}
	if err := createDatabases(ctx, l.PostgresURL("postgres"), devnet.Databases()); err != nil {
		return err
	}
	if l.Keys == devnet.KeysVault {
		if err := start("vault", syscall.SIGTERM, command(vaultCommand, vaultBin, l), time.Minute, pingVault(l)); err != nil {
			return err
		}
		if err := loadVault(ctx, vaultBin, l); err != nil {
			return err
		}
	}
	// anvil dumps its state on SIGINT, and every few seconds, and loads it on the next start.
	host, port, _ := net.SplitHostPort(l.Ethereum)
	anvilCmd := cmdOf(anvil, "--host", host, "--port", port, "--chain-id", "1337", "--block-time", "1",
		"--state", l.Path("anvil-state.json"), "--state-interval", "5")
	if err := start("anvil", syscall.SIGINT, anvilCmd, time.Minute, pingEthereum(l.EthereumURL())); err != nil {
		return err
	}
	mvsCmd := cmdOf(bins["mvs-devnet"], "-dir", l.Path("mvs"), "-listen", l.Metaverse, "-block-interval", "1s")
	if err := start("mvs-devnet", syscall.SIGTERM, mvsCmd, time.Minute, pingMetaverse(l.MetaverseURL())); err != nil {
		return err
	}
	st, err := loadSetup(l)
	if err != nil {
		return err
	}
	if !st.Ethereum {
		logf("deploying the contracts on the Ethereum dev chain")
		if err := setupEthereum(ctx, l, routes); err != nil {
			return fmt.Errorf("ethereum setup: %w", err)
		}
		st.Ethereum = true
		if err := saveSetup(l, st); err != nil {
			return err
		}
	}
	if !st.Metaverse {
		logf("registering the bridge's avatar %q and issuing %s on the Metaverse devnet", devnet.Avatar, devnet.MST)
		if err := setupMetaverse(ctx, l, routes); err != nil {
			return fmt.Errorf("metaverse setup: %w", err)
		}
		st.Metaverse = true
		if err := saveSetup(l, st); err != nil {
			return err
		}
	}

	signerCmd := cmdOf(bins["droplet-signer"], "serve", "-config", l.Path(devnet.SignerFile))
	if err := start("signer", syscall.SIGTERM, signerCmd, time.Minute, dialTCP(l.Signer.Signer)); err != nil {
		return err
	}
	for _, w := range devnet.Watchers {
		cmd := cmdOf(bins["droplet-watcher"], "-config", l.Path(w+".json"))
		if err := start(w, syscall.SIGTERM, cmd, time.Minute, getHTTP("http://"+l.WatcherMetrics[w]+"/metrics")); err != nil {
			return err
		}
	}
	relayerCmd := cmdOf(bins["droplet-relayer"], "-config", l.Path(devnet.RelayerFile))
	if err := start("relayer", syscall.SIGTERM, relayerCmd, time.Minute, dialTCP(l.Relayer)); err != nil {
		return err
	}
	reporterCmd := cmdOf(bins["droplet-reporter"], "-config", l.Path("reporter.json"), "-daemon")
	if err := start("reporter", syscall.SIGTERM, reporterCmd, time.Minute, getHTTP("http://"+l.ReporterMetrics+"/metrics")); err != nil {
		return err
	}

	PrintEndpoints(o.Out, l)
	if o.Control != nil {
		o.Control(ctl)
	}
	if o.Ready != nil {
		o.Ready(l)
	}
	select {
	case <-ctx.Done():
		return nil
	case p := <-sup.died:
		return fmt.Errorf("%w: %s exited (%v); the end of %s:\n%s", ErrChildDied, p.name, p.err, p.log, tail(p.log, 30))
	}
}

// cmdOf is a command factory: each start of a component needs a fresh exec.Cmd.
func cmdOf(name string, args ...string) func() (*exec.Cmd, error) {
	return func() (*exec.Cmd, error) { return exec.Command(name, args...), nil }
}

// command is a factory of a command built from the devnet's layout.
func command(mk func(string, *devnet.Layout) *exec.Cmd, bin string, l *devnet.Layout) func() (*exec.Cmd, error) {
	return func() (*exec.Cmd, error) { return mk(bin, l), nil }
}

func dialTCP(addr string) func(context.Context) error {
	return func(ctx context.Context) error {
		var d net.Dialer
		c, err := d.DialContext(ctx, "tcp", addr)
		if err != nil {
			return err
		}
		return c.Close()
	}
}

func getHTTP(url string) func(context.Context) error {
	return func(ctx context.Context) error {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		if err != nil {
			return err
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return err
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return fmt.Errorf("%s: %s", url, resp.Status)
		}
		return nil
	}
}

func pingEthereum(url string) func(context.Context) error {
	return func(ctx context.Context) error {
		ec, err := ethclient.DialContext(ctx, url)
		if err != nil {
			return err
		}
		defer ec.Close()
		id, err := ec.ChainID(ctx)
		if err != nil {
			return err
		}
		if id.Uint64() != 1337 {
			return fmt.Errorf("chain id %s, want 1337", id)
		}
		return nil
	}
}

func pingMetaverse(url string) func(context.Context) error {
	return func(ctx context.Context) error {
		c, err := mvsrpc.New(url)
		if err != nil {
			return err
		}
		_, err = c.Height(ctx)
		return err
	}
}

// PrintEndpoints writes where everything listens and the grpcurl commands to try.
func PrintEndpoints(w io.Writer, l *devnet.Layout) {
	pki := l.Path("pki")
	keys := "file (DEVNET ONLY: " + l.Path("signer-keys.json") + ")"
	if l.Keys == devnet.KeysVault {
		keys = "Vault dev server http://" + l.Vault + " (token " + devnet.VaultToken + "; in memory, keys re-imported from " + l.Path("signer-keys.json") + " on each start)"
	}
	rel, _ := filepath.Rel(mustWd(), l.Dir)
	if rel == "" || len(rel) > len(l.Dir) {
		rel = l.Dir
	}
	fmt.Fprintf(w, `
TokenDroplet devnet is up (DEVNET ONLY: development keys and certificates in %[1]s).
  PostgreSQL        %[2]s   (databases: signer, relayer, watcher_a, watcher_b, watcher_c)
  Ethereum (anvil)  %[3]s   chain id 1337, 1 s blocks
  Metaverse devnet  %[4]s   1 s blocks
  signer            %[5]s (mTLS)   admin %[6]s (mTLS, admin CA)   metrics http://%[7]s/metrics
  signer keys       %[8]s
  watchers          watcher-a, watcher-b, watcher-c (2 of 3)   metrics http://%[9]s/metrics, http://%[10]s/metrics, http://%[11]s/metrics
  relayer           %[12]s (mTLS, ops-admin certificate)   metrics http://%[13]s/metrics
  reporter          reports in %[14]s   metrics http://%[15]s/metrics
  logs              %[16]s/*.log

Try (grpcurl: eval "$(scripts/tools.sh env)"):
  grpcurl -cacert %[17]s/ca.crt -cert %[17]s/ops-admin.crt -key %[17]s/ops-admin.key %[12]s droplet.relayer.v1.RelayerService/GetStatus
  grpcurl -cacert %[17]s/ca.crt -cert %[17]s/ops-admin.crt -key %[17]s/ops-admin.key %[12]s droplet.relayer.v1.RelayerService/ListTransfers
  grpcurl -cacert %[17]s/ca.crt -cert %[17]s/relayer.crt -key %[17]s/relayer.key %[5]s list
  grpcurl -cacert %[17]s/admin-ca.crt -cert %[17]s/ops-admin.crt -key %[17]s/ops-admin.key %[6]s droplet.signer.v1.AdminService/GetPolicy

Then, in another terminal: go run ./cmd/droplet demo -dir %[18]s
Ctrl-C stops everything; the next start resumes.
`, l.Dir, l.PostgresURL("postgres"), l.EthereumURL(), l.MetaverseURL(), l.Signer.Signer, l.Signer.Admin, l.Signer.Metrics, keys,
		l.WatcherMetrics["watcher-a"], l.WatcherMetrics["watcher-b"], l.WatcherMetrics["watcher-c"], l.Relayer, l.RelayerMetrics,
		l.Path("reports"), l.ReporterMetrics, l.Path("logs"), pki, rel)
}

func mustWd() string {
	wd, _ := os.Getwd()
	return wd
}
