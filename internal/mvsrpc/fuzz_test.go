package mvsrpc

import (
	"encoding/json"
	"errors"
	"os"
	"testing"
)

// FuzzDecodeAnswer feeds arbitrary bytes to the answer decoder and to every result decoder. None
// may panic; every failure wraps ErrBadAnswer or is the node's *Error; and what decodes keeps
// the invariants callers rely on.
func FuzzDecodeAnswer(f *testing.F) {
	for _, name := range []string{"observed-getblock-0.json", "doc-gettx.json", "doc-getblockheader.json"} {
		b, err := os.ReadFile("testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{
		`{"id":1,"jsonrpc":"2.0","result":0}`,
		`{"id":"1","jsonrpc":"2.0","result":"42"}`,
		`{"error":{"code":5304,"message":"get transaction inputs etp value error!"},"id":2,"jsonrpc":"2.0"}`,
		`{"id":1,"jsonrpc":"2.0","result":[{"available":10,"balance":10,"frozen":0,"utxo_block":175052,"utxo_hash":"6d324a1cadd7beb5cbeefaa494ca2bf9e084a8f5e99bbc894aff1492a373d3f3","utxo_index":0,"symbol":"DNA"}]}`,
		`{"id":1,"jsonrpc":"2.0","result":{"address":"MJNo92g6DavpaCZbYjrH45iQ8eAKnLqmms","available":4629959994,"confirmed":4629959994,"frozen":0,"received":11969909981,"unspent":4629959994}}`,
		`{"id":1,"jsonrpc":"2.0","result":[{"address":"MSvm4CPTvzhgktUXu7BKrHuFuUcZd7jqzK","status":"current","symbol":"Alice"}]}`,
		`{"id":1,"jsonrpc":"2.0","result":[{"address":"MKXa7mtzNaGCEF9vM2sUmmTS93iDpHYd4m","decimal_number":8,"description":"test asset","issuer":"testdid01","locked_quantity":0,"quantity":10000000,"secondaryissue_threshold":127,"status":"unspent","symbol":"MVS.TST"}]}`,
		`{"id":1,"jsonrpc":"2.0","result":"aedd4bdf49a688cdfd23c056848149568a198f8088ac5e15fc38418dc429ae2a"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		// The fixtures carry other ids; accept whichever the answer names, to reach the results.
		var probe struct {
			ID num `json:"id"`
		}
		_ = json.Unmarshal(data, &probe)
		res, err := decodeAnswer("fuzz", int64(probe.ID.v), data)
		if err != nil {
			var e *Error
			if !errors.Is(err, ErrBadAnswer) && !errors.As(err, &e) {
				t.Fatalf("error %v is neither ErrBadAnswer nor *Error", err)
			}
			return
		}
		check := func(what string, err error) {
			if err != nil && !errors.Is(err, ErrBadAnswer) {
				t.Fatalf("%s: error %v does not wrap ErrBadAnswer", what, err)
			}
		}
		if b, err := decodeBlock(res); err == nil {
			if uint64(len(b.Transactions)) != b.TxCount {
				t.Fatalf("block with %d transactions says %d", len(b.Transactions), b.TxCount)
			}
			for _, tx := range b.Transactions {
				checkTx(t, &tx)
			}
		} else {
			check("block", err)
		}
		if tx, err := decodeTx(res, true); err == nil {
			checkTx(t, tx)
		} else {
			check("tx", err)
		}
		_, err = decodeHeader(res)
		check("header", err)
		_, err = decodeHeight(res)
		check("height", err)
		_, err = decodeSendResult(res)
		check("sendrawtx", err)
		_, err = decodeETPBalance(res)
		check("balance", err)
		_, err = decodeUTXOs(res, true)
		check("utxos", err)
		_, err = decodeAssetBalances(res)
		check("assets", err)
		_, err = decodeDIDs(res)
		check("dids", err)
	})
}

func checkTx(t *testing.T, tx *Tx) {
	if len(tx.Inputs) == 0 || len(tx.Outputs) == 0 {
		t.Fatalf("transaction %s with %d inputs and %d outputs", tx.Hash, len(tx.Inputs), len(tx.Outputs))
	}
	for i, o := range tx.Outputs {
		if o.Index != uint32(i) || o.Attachment.Type == "" {
			t.Fatalf("output %d: index %d, attachment %q", i, o.Index, o.Attachment.Type)
		}
	}
}
