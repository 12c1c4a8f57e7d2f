package ethchain

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/tokendroplet/droplet/contracts"
)

// bumped is v raised by pct percent, rounded up, and by at least one wei: what a node's pool asks
// of a replacement (geth and anvil refuse one that raises the tip or the fee cap by less than 10%).
func bumped(v *big.Int, pct uint64) *big.Int {
	n := new(big.Int).Mul(v, new(big.Int).SetUint64(100+pct))
	n.Add(n, big.NewInt(99)).Div(n, big.NewInt(100))
	if n.Cmp(v) <= 0 {
		n.Add(v, big.NewInt(1))
	}
	return n
}

// initialFees are the first transaction's tip and fee cap: the node's suggested tip and twice the
// base fee on top (room for six full blocks of base fee rises), the cap never above max.
func initialFees(base, tip, maxFee *big.Int) (*big.Int, *big.Int, error) {
	feeCap := new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip)
	if feeCap.Cmp(maxFee) > 0 {
		feeCap.Set(maxFee)
	}
	if feeCap.Cmp(base) < 0 {
		return nil, nil, fmt.Errorf("%w: base fee %s wei is above the configured cap %s: waiting", ErrFeeCap, base, maxFee)
	}
	return new(big.Int).Set(minBig(tip, feeCap)), feeCap, nil
}

// replacementFees are the fees of a replacement of a transaction with tip and fee cap old: at
// least pct percent more of both, at least what the market asks now, never above max. ok is false
// when even the minimum raise would pass max: the transaction then stays as it is.
func replacementFees(oldTip, oldCap, base, tip, maxFee *big.Int, pct uint64) (newTip, newCap *big.Int, ok bool) {
	minTip, minCap := bumped(oldTip, pct), bumped(oldCap, pct)
	if minCap.Cmp(maxFee) > 0 || minTip.Cmp(minCap) > 0 {
		return nil, nil, false
	}
	newTip = maxBig(minTip, tip)
	newCap = maxBig(minCap, new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), newTip))
	newCap = minBig(newCap, maxFee)
	newTip = minBig(newTip, newCap)
	return newTip, newCap, true
}

func maxBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return new(big.Int).Set(a)
	}
	return new(big.Int).Set(b)
}

func minBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) <= 0 {
		return new(big.Int).Set(a)
	}
	return new(big.Int).Set(b)
}

// sendOutcome classifies a node's answer to eth_sendRawTransaction.
type sendOutcome int

const (
	sent        sendOutcome = iota // accepted, or the node already had it
	nonceTooLow                    // the nonce is used by a mined transaction
	underpriced                    // another transaction with this nonce is in the pool, priced as high or higher
	sendFailed                     // anything else: the transaction may or may not have reached the pool
)

// classify reads the error texts geth, anvil, reth and erigon use (they share the words).
func classify(err error) sendOutcome {
	if err == nil {
		return sent
	}
	msg := strings.ToLower(err.Error())
	switch {
	case strings.Contains(msg, "already known"), strings.Contains(msg, "known transaction"),
		strings.Contains(msg, "already imported"), strings.Contains(msg, "already exists"):
		return sent
	case strings.Contains(msg, "nonce too low"), strings.Contains(msg, "nonce is too low"):
		return nonceTooLow
	case strings.Contains(msg, "underpriced"):
		return underpriced
	}
	return sendFailed
}

// describe renders a call's or gas estimate's error, with the bridge's custom error decoded.
func describe(err error) string { return contracts.DescribeError(err) }
