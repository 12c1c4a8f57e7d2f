package stack

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"

	"github.com/lib/pq"
)

// ErrNoPostgres: the system has no PostgreSQL server binaries.
var ErrNoPostgres = errors.New("PostgreSQL server binaries (initdb, postgres) not found")

// postgresInstallHint is the command that installs the server binaries on this system.
func postgresInstallHint() string {
	if runtime.GOOS == "darwin" {
		return "brew install postgresql@16 (then put its bin directory on PATH)"
	}
	return "sudo apt-get install postgresql   (Fedora: sudo dnf install postgresql-server)"
}

// FindPostgres returns the directory holding initdb and postgres: PATH first, then the places
// distributions install them, the newest version first.
func FindPostgres() (string, error) {
	if p, err := exec.LookPath("initdb"); err == nil {
		dir := filepath.Dir(p)
		if _, err := os.Stat(filepath.Join(dir, "postgres")); err == nil {
			return dir, nil
		}
	}
	var dirs []string
	for _, pat := range []string{"/usr/lib/postgresql/*/bin", "/usr/pgsql-*/bin", "/opt/homebrew/opt/postgresql@*/bin", "/usr/local/opt/postgresql@*/bin"} {
		m, _ := filepath.Glob(pat)
		dirs = append(dirs, m...)
	}
	version := func(d string) int {
		for _, part := range strings.FieldsFunc(d, func(r rune) bool { return r < '0' || r > '9' }) {
			if v, err := strconv.Atoi(part); err == nil {
				return v
			}
		}
		return 0
	}
	slices.SortFunc(dirs, func(a, b string) int { return version(b) - version(a) })
	for _, d := range append(dirs, "/usr/local/pgsql/bin") {
		if _, err := os.Stat(filepath.Join(d, "initdb")); err == nil {
			return d, nil
		}
	}
	return "", fmt.Errorf("%w; install them with: %s", ErrNoPostgres, postgresInstallHint())
}

// asPostgresUser makes cmd run as the postgres user when this process is root: initdb and
// postgres refuse to run as root. It returns the uid and gid files must belong to (-1 when
// nothing changes).
func asPostgresUser(cmd *exec.Cmd) (uid, gid int, err error) {
	if os.Geteuid() != 0 {
		return -1, -1, nil
	}
	u, err := user.Lookup("postgres")
	if err != nil {
		return -1, -1, fmt.Errorf("running as root, and PostgreSQL refuses root: no postgres user to run it as (%w)", err)
	}
	uid, _ = strconv.Atoi(u.Uid)
	gid, _ = strconv.Atoi(u.Gid)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}}
	return uid, gid, nil
}

// initPostgres creates the cluster in dataDir unless it exists.
func initPostgres(ctx context.Context, bindir, dataDir string) error {
	if _, err := os.Stat(filepath.Join(dataDir, "PG_VERSION")); err == nil {
		return nil
	}
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return err
	}
	cmd := exec.CommandContext(ctx, filepath.Join(bindir, "initdb"), "-D", dataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale")
	cmd.Dir = "/"
	uid, gid, err := asPostgresUser(cmd)
	if err != nil {
		return err
	}
	if uid >= 0 {
		if err := os.Chown(dataDir, uid, gid); err != nil {
			return err
		}
		if err := reachable(dataDir, uid, gid); err != nil {
			return err
		}
	}
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("initdb: %w\n%s", err, out)
	}
	return nil
}

// reachable checks that the postgres user can reach dir: every parent must let others search it.
func reachable(dir string, uid, gid int) error {
	for d := filepath.Dir(dir); ; d = filepath.Dir(d) {
		fi, err := os.Stat(d)
		if err != nil {
			return err
		}
		st, ok := fi.Sys().(*syscall.Stat_t)
		if ok && int(st.Uid) != uid && int(st.Gid) != gid && fi.Mode().Perm()&0o001 == 0 {
			return fmt.Errorf("PostgreSQL runs as the postgres user, which cannot enter %s (mode %s): chmod o+x it or put the devnet elsewhere", d, fi.Mode().Perm())
		}
		if d == filepath.Dir(d) {
			return nil
		}
	}
}

// postgresCommand is the server on loopback only, with no Unix socket.
func postgresCommand(bindir, dataDir string, port int) (*exec.Cmd, error) {
	cmd := exec.Command(filepath.Join(bindir, "postgres"), "-D", dataDir, "-p", strconv.Itoa(port),
		"-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200")
	cmd.Dir = "/"
	if _, _, err := asPostgresUser(cmd); err != nil {
		return nil, err
	}
	return cmd, nil
}

// createDatabases creates each database that does not exist yet.
func createDatabases(ctx context.Context, url string, names []string) error {
	db, err := sql.Open("postgres", url)
	if err != nil {
		return err
	}
	defer db.Close()
	for _, n := range names {
		var one int
		err := db.QueryRowContext(ctx, "SELECT 1 FROM pg_database WHERE datname = $1", n).Scan(&one)
		if errors.Is(err, sql.ErrNoRows) {
			_, err = db.ExecContext(ctx, "CREATE DATABASE "+pq.QuoteIdentifier(n))
		}
		if err != nil {
			return fmt.Errorf("database %s: %w", n, err)
		}
	}
	return nil
}

func pingPostgres(url string) func(context.Context) error {
	return func(ctx context.Context) error {
		db, err := sql.Open("postgres", url)
		if err != nil {
			return err
		}
		defer db.Close()
		return db.PingContext(ctx)
	}
}
