package main

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"database/sql"
	"encoding/json"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/ethereum/go-ethereum/crypto"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/status"

	"github.com/tokendroplet/droplet/internal/devnet"
	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/internal/testenv"
	"github.com/tokendroplet/droplet/internal/transfer"
	signerv1 "github.com/tokendroplet/droplet/proto/droplet/signer/v1"
)

// The test binary doubles as droplet-signer, so the test can kill a real process.
func TestMain(m *testing.M) {
	if os.Getenv("DROPLET_SIGNER_UNDER_TEST") == "1" {
		os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

type process struct {
	t    *testing.T
	cmd  *exec.Cmd
	addr string
	log  *bytes.Buffer
}

func startSigner(t *testing.T, configPath, addr string) *process {
	t.Helper()
	p := &process{t: t, addr: addr, log: new(bytes.Buffer)}
	p.cmd = exec.Command(os.Args[0], "serve", "-config", configPath)
	p.cmd.Env = append(os.Environ(), "DROPLET_SIGNER_UNDER_TEST=1")
	p.cmd.Stderr = p.log
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = p.cmd.Process.Kill(); _ = p.cmd.Wait() })
	for i := 0; i < 200; i++ {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			return p
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("signer did not start:\n%s", p.log)
	return nil
}

func client(t *testing.T, dir, addr, name string) signerv1.SignerServiceClient {
	t.Helper()
	pki := filepath.Join(dir, "pki")
	cert, err := tls.LoadX509KeyPair(filepath.Join(pki, name+".crt"), filepath.Join(pki, name+".key"))
	if err != nil {
		t.Fatal(err)
	}
	caPEM, err := os.ReadFile(filepath.Join(pki, "ca.crt"))
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(caPEM)
	conn, err := grpc.NewClient(addr, grpc.WithTransportCredentials(credentials.NewTLS(&tls.Config{
		Certificates: []tls.Certificate{cert}, RootCAs: pool, MinVersion: tls.VersionTLS13})))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	return signerv1.NewSignerServiceClient(conn)
}

// TestKilledDuringSignTransfer: the signer process is killed after it signed a Metaverse payout
// in memory but before it committed; restarted, it signs the relayer's next proposal, and that
// one alone is ever handed out and recorded.
func TestKilledDuringSignTransfer(t *testing.T) {
	dir := t.TempDir()
	db := testenv.Postgres(t)
	addrs := devnet.Addrs{Signer: testenv.FreeAddr(t), Admin: testenv.FreeAddr(t)}
	if err := devnet.Write(dir, db, addrs); err != nil {
		t.Fatal(err)
	}
	configPath := filepath.Join(dir, "signer.json")
	routesJSON, _ := os.ReadFile(filepath.Join(dir, "routes.json"))
	routes, err := transfer.ParseRoutes(routesJSON)
	if err != nil {
		t.Fatal(err)
	}
	var wkeys map[string]string
	b, _ := os.ReadFile(filepath.Join(dir, "watcher-keys.json"))
	if err := json.Unmarshal(b, &wkeys); err != nil {
		t.Fatal(err)
	}
	proc := startSigner(t, configPath, addrs.Signer)

	// A deposit on Ethereum, paid out on Metaverse, attested by two of three watchers.
	rt, _ := routes.Route("usdt")
	userKey, _ := secp256k1.GeneratePrivateKey()
	user := mvs.PubKeyAddress(mvs.Testnet, userKey.PubKey())
	tr := &transfer.Transfer{SourceChain: routes.Ethereum.ChainID, SourceTx: crypto.Keccak256Hash([]byte("deposit")), SourceIndex: 3,
		SourceBlock: crypto.Keccak256Hash([]byte("block")), Route: rt.Key(), DestChain: routes.MetaverseChainID(),
		DestToken: rt.DestToken(transfer.EthToMvs), Recipient: []byte(user.String()), Amount: big.NewInt(4_000_000), Fee: big.NewInt(0)}
	dom, _ := routes.Domain(tr.DestChain)
	digest := tr.Digest(dom)
	ctx := context.Background()
	for _, name := range []string{"watcher-a", "watcher-c"} {
		k, _ := crypto.HexToECDSA(wkeys[name])
		sig, _ := crypto.Sign(digest[:], k)
		sig[64] += 27
		req := &signerv1.SubmitAttestationRequest{Signature: sig, Transfer: &signerv1.Transfer{
			SourceChain: tr.SourceChain, SourceTx: tr.SourceTx[:], SourceIndex: tr.SourceIndex, SourceBlock: tr.SourceBlock[:],
			Route: "usdt", DestChain: tr.DestChain, DestToken: tr.DestToken[:], Recipient: tr.Recipient, Amount: "4000000", Fee: "0"}}
		if _, err := client(t, dir, addrs.Signer, name).SubmitAttestation(ctx, req); err != nil {
			t.Fatal(err)
		}
	}

	bridge, _ := mvs.ParseAddress(routes.Metaverse.BridgeAddress)
	bridgeScript, _ := mvs.P2PKHScript(bridge)
	userScript, _ := mvs.P2PKHScript(user)
	funding := &mvs.Tx{Version: 4, Inputs: []mvs.Input{{Sequence: mvs.SequenceFinal}}, Outputs: []mvs.Output{
		{Value: 10_000_000, Script: bridgeScript, Attachment: mvs.ETPAttachment()},
		{Script: bridgeScript, Attachment: mvs.AssetTransferAttachment("ERC20.USDT", 50_000_000)}}}
	propose := func(fee uint64) *signerv1.SignTransferRequest {
		h := funding.Hash()
		id := tr.ID()
		raw := (&mvs.Tx{Version: 4,
			Inputs: []mvs.Input{{PrevOut: mvs.OutPoint{Hash: h, Index: 0}, Sequence: mvs.SequenceFinal},
				{PrevOut: mvs.OutPoint{Hash: h, Index: 1}, Sequence: mvs.SequenceFinal}},
			Outputs: []mvs.Output{
				{Script: userScript, Attachment: mvs.AssetTransferAttachment("ERC20.USDT", 4_000_000)},
				{Script: bridgeScript, Attachment: mvs.AssetTransferAttachment("ERC20.USDT", 46_000_000)},
				{Value: 10_000_000 - fee, Script: bridgeScript, Attachment: mvs.ETPAttachment()}}}).Encode()
		return &signerv1.SignTransferRequest{TransferId: id[:], MetaversePayout: raw, MetaversePrevious: [][]byte{funding.Encode()}}
	}

	// Hold the audit chain's lock: SignTransfer signs, then waits there, uncommitted.
	sqldb, err := sql.Open("postgres", db)
	if err != nil {
		t.Fatal(err)
	}
	defer sqldb.Close()
	holder, err := sqldb.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := holder.ExecContext(ctx, `SELECT pg_advisory_lock($1)`, int64(0x64726f706c657401)); err != nil {
		t.Fatal(err)
	}
	relayer := client(t, dir, addrs.Signer, "relayer")
	errc := make(chan error, 1)
	go func() {
		_, err := relayer.SignTransfer(ctx, propose(20_000))
		errc <- err
	}()
	waitFor(t, func() bool {
		var waiting int
		_ = sqldb.QueryRow(`SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`).Scan(&waiting)
		return waiting == 1
	})
	if err := proc.cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = proc.cmd.Wait()
	if err := <-errc; status.Code(err) != codes.Unavailable {
		t.Fatalf("SignTransfer to a killed signer: %v", err)
	}
	if _, err := holder.ExecContext(ctx, `SELECT pg_advisory_unlock($1)`, int64(0x64726f706c657401)); err != nil {
		t.Fatal(err)
	}
	holder.Close()

	startSigner(t, configPath, addrs.Signer)
	relayer = client(t, dir, addrs.Signer, "relayer")
	second, err := relayer.SignTransfer(ctx, propose(30_000))
	if err != nil {
		t.Fatal(err)
	}
	third, err := relayer.SignTransfer(ctx, propose(20_000))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(second.GetMetaverse().GetRaw(), third.GetMetaverse().GetRaw()) {
		t.Fatal("a later call returned another payout")
	}
	tx, err := mvs.Decode(second.GetMetaverse().GetRaw())
	if err != nil {
		t.Fatal(err)
	}
	if got := tx.Outputs[2].Value; got != 10_000_000-30_000 {
		t.Fatalf("the payout signed after the restart has change %d: it is not the one proposed then", got)
	}
	var payouts, audits int
	if err := sqldb.QueryRow(`SELECT (SELECT count(*) FROM transfers WHERE mvs_raw IS NOT NULL), (SELECT count(*) FROM audit)`).Scan(&payouts, &audits); err != nil {
		t.Fatal(err)
	}
	if payouts != 1 || audits != 1 {
		t.Fatalf("%d payouts and %d audit entries recorded, want 1 and 1", payouts, audits)
	}
	verify := exec.Command(os.Args[0], "verify", "-config", configPath)
	verify.Env = append(os.Environ(), "DROPLET_SIGNER_UNDER_TEST=1")
	out, err := verify.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "audit chain intact: 1 entries") {
		t.Fatalf("verify: %v\n%s", err, out)
	}
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	for i := 0; i < 200; i++ {
		if cond() {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatal("condition not reached")
}
