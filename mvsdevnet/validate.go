package mvsdevnet

import (
	"fmt"
	"math/bits"

	"github.com/tokendroplet/droplet/internal/mvs"
)

// Error is an error the node answers with: mvsd's error object (HTTP 200).
type Error struct {
	Code    int64
	Message string
}

func (e *Error) Error() string { return fmt.Sprintf("code %d: %s", e.Code, e.Message) }

// mvsd's error codes (explorer exceptions and JSON-RPC errors) that this node uses.
const (
	codeGeneric            = 1000
	codeUnknownCommand     = 1020
	codeBadArgument        = 1021
	codeArgumentLegality   = 2003
	codeAddressNotBoundDID = 4017
	codeFeeOutOfRange      = 5005
	codeBlockNotFound      = 5101
	codeHeaderNotFound     = 5105
	codeTxValidate         = 5304
	codeTxBroadcast        = 5305
	codeTxNotFound         = 5306
	codeDIDSymbolInvalid   = 7001
	codeDIDNotFound        = 7006
	codeParseError         = -32700
	codeInvalidRequest     = -32600
	codeInvalidParams      = -32602
)

// invalid is sendrawtx's refusal by validate_transaction; mvsd prefixes the cause.
func invalid(cause string) *Error {
	return &Error{Code: codeTxValidate, Message: "validate transaction failure: " + cause}
}

// The causes, in the words of mvsd's error category.
const (
	causeEmpty            = "transaction inputs or outputs are empty"
	causeOverflow         = "output value outside valid range"
	causeDuplicate        = "matching previous object found"
	causeDoubleSpend      = "double spend of input"
	causeNotStandard      = "transaction is not standard"
	causeInputs           = "validation of inputs failed"
	causeAssetAmount      = "asset amount not equal"
	causeAssetSymbol      = "asset symbol invalid"
	causeAssetExist       = "asset exist"
	causeAssetIssue       = "issue asset error"
	causeAssetSecondary   = "secondary issue asset error"
	causeAssetAddress     = "asset attachment address must be equal with output address"
	causeAssetCert        = "asset cert error"
	causeDIDSymbol        = "did symbol invalid"
	causeDIDExist         = "did exist"
	causeDIDAddressIssued = "address already issued did"
	causeDIDAddress       = "attach did address must equal with output address"
	causeDIDNotExist      = "did does not exist"
	causeDIDInput         = "did input error"
	causeMIT              = "mit is not modelled by the devnet"
)

// view is what a new transaction is checked against: the chain with the pool on top.
type view struct {
	c *chain
	p *pool
}

// output returns a previous output, spent or not, from the chain or the pool.
func (v view) output(op mvs.OutPoint) (*mvs.Output, bool) {
	if out, _, ok := v.c.output(op); ok {
		return out, true
	}
	if tx, ok := v.p.byHash[op.Hash]; ok && int(op.Index) < len(tx.Outputs) {
		return &tx.Outputs[op.Index], true
	}
	return nil, false
}

func (v view) spent(op mvs.OutPoint) bool {
	if _, ok := v.p.spent[op]; ok {
		return true
	}
	if _, ok := v.c.txs[op.Hash]; ok {
		_, unspent := v.c.unspent[op]
		return !unspent
	}
	return false // a pool output not spent in the pool
}

func (v view) known(h mvs.Hash) bool {
	_, inChain := v.c.txs[h]
	_, inPool := v.p.byHash[h]
	return inChain || inPool
}

func (v view) didAddress(symbol string) (string, bool) {
	if a, ok := v.c.dids[symbol]; ok {
		return a, true
	}
	a, ok := v.p.dids[symbol]
	return a, ok
}

func (v view) addressHasDID(addr string) bool {
	_, c := v.c.didOf[addr]
	_, p := v.p.didOf[addr]
	return c || p
}

func (v view) assetIssued(symbol string) bool {
	_, c := v.c.assets[symbol]
	_, p := v.p.assets[symbol]
	return c || p
}

// check validates a transaction for the memory pool in mvsd's order (sendrawtx, then
// validate_transaction) and returns its fee. Every refusal is one of mvsd's error answers.
func (n *Node) check(v view, tx *mvs.Tx) (uint64, *Error) {
	// sendrawtx: the value of the inputs. Any unknown previous output fails here.
	prevs := make([]*mvs.Output, len(tx.Inputs))
	var in uint64
	for i := range tx.Inputs {
		out, ok := v.output(tx.Inputs[i].PrevOut)
		if !ok {
			return 0, &Error{Code: codeTxValidate, Message: "get transaction inputs etp value error!"}
		}
		prevs[i] = out
		var carry uint64
		if in, carry = bits.Add64(in, out.Value, 0); carry != 0 {
			return 0, invalid(causeOverflow)
		}
	}
	var outSum uint64
	for i := range tx.Outputs {
		var carry uint64
		if outSum, carry = bits.Add64(outSum, tx.Outputs[i].Value, 0); carry != 0 {
			return 0, invalid(causeOverflow)
		}
	}
	if in <= outSum {
		return 0, &Error{Code: codeTxValidate, Message: "no enough transaction fee"}
	}
	fee := in - outSum
	if fee < n.cfg.MinFee || fee > n.cfg.MaxFee {
		return 0, &Error{Code: codeFeeOutOfRange, Message: fmt.Sprintf("fee must in [%d, %d]", n.cfg.MinFee, n.cfg.MaxFee)}
	}

	// validate_transaction.
	if len(tx.Inputs) == 0 || len(tx.Outputs) == 0 {
		return 0, invalid(causeEmpty)
	}
	if v.known(tx.Hash()) {
		return 0, invalid(causeDuplicate)
	}
	seen := make(map[mvs.OutPoint]bool, len(tx.Inputs))
	for _, input := range tx.Inputs {
		// Security-relevant for every test that relies on the devnet: an output is spent at
		// most once, across the chain, the pool and this transaction.
		if seen[input.PrevOut] || v.spent(input.PrevOut) {
			return 0, invalid(causeDoubleSpend)
		}
		seen[input.PrevOut] = true
	}
	for i := range tx.Outputs {
		switch mvs.ClassifyScript(tx.Outputs[i].Script) {
		case mvs.ClassP2PKH, mvs.ClassP2SH, mvs.ClassLockHeightP2PKH, mvs.ClassAttenuationP2PKH,
			mvs.ClassSequenceLockP2PKH, mvs.ClassBlackhole, mvs.ClassPayMultisig, mvs.ClassNullData:
		default:
			return 0, invalid(causeNotStandard)
		}
	}
	for i := range tx.Inputs {
		// A pay-to-script-hash output is spent as mvsd spends the bridge's multisig: exactly m
		// valid signatures in the redeem script's key order (mvs.VerifyMultisigInput).
		verify := mvs.VerifyInput
		if mvs.ClassifyScript(prevs[i].Script) == mvs.ClassP2SH {
			verify = mvs.VerifyMultisigInput
		}
		if err := verify(tx, i, prevs[i].Script); err != nil {
			return 0, invalid(causeInputs)
		}
	}
	if e := n.checkAttachments(v, tx, prevs); e != nil {
		return 0, e
	}
	return fee, nil
}

type certKey struct {
	symbol string
	typ    uint32
}

// checkAttachments applies the rules of MSTs, avatars and certificates: asset quantities are
// conserved per symbol except by an issue, a symbol or avatar is registered once, and outputs
// sent to an avatar pay the avatar's address.
func (n *Node) checkAttachments(v view, tx *mvs.Tx, prevs []*mvs.Output) *Error {
	net := n.cfg.network()
	assetIn := map[string]uint64{}
	certIn := map[certKey]bool{}
	inAddrs := map[string]bool{}
	for _, p := range prevs {
		if a, ok := p.Address(net); ok {
			inAddrs[a] = true
		}
		a := &p.Attachment
		switch a.Type {
		case mvs.AttachmentAsset:
			var carry uint64
			if assetIn[a.Symbol], carry = bits.Add64(assetIn[a.Symbol], a.Quantity, 0); carry != 0 {
				return invalid(causeAssetAmount)
			}
		case mvs.AttachmentCert:
			certIn[certKey{a.Symbol, a.CertType}] = true
		case mvs.AttachmentDID:
			return invalid(causeDIDInput) // moving an avatar (did-transfer) is not modelled
		}
	}

	assetOut := map[string]uint64{}
	issued := map[string]bool{}
	certOut := map[certKey]bool{}
	didsHere := map[string]bool{}
	didAddrsHere := map[string]bool{}
	for i := range tx.Outputs {
		out := &tx.Outputs[i]
		addr, _ := out.Address(net)
		a := &out.Attachment
		if a.Version == mvs.AttachmentVersionDID {
			if a.ToDID != "" {
				da, ok := v.didAddress(a.ToDID)
				if !ok {
					return invalid(causeDIDNotExist)
				}
				if da != addr {
					return invalid(causeDIDAddress)
				}
			}
			if a.FromDID != "" {
				da, ok := v.didAddress(a.FromDID)
				if !ok {
					return invalid(causeDIDNotExist)
				}
				if !inAddrs[da] {
					return invalid(causeDIDInput)
				}
			}
		}
		switch a.Type {
		case mvs.AttachmentETP, mvs.AttachmentMessage:
		case mvs.AttachmentAsset:
			if a.Status == mvs.AssetStatusTransfer {
				var carry uint64
				if assetOut[a.Symbol], carry = bits.Add64(assetOut[a.Symbol], a.Quantity, 0); carry != 0 {
					return invalid(causeAssetAmount)
				}
				continue
			}
			switch {
			case a.IsSecondaryIssue():
				return invalid(causeAssetSecondary)
			case !validAssetSymbol(a.Symbol):
				return invalid(causeAssetSymbol)
			case issued[a.Symbol] || v.assetIssued(a.Symbol):
				return invalid(causeAssetExist)
			case a.Quantity == 0:
				return invalid(causeAssetIssue)
			case a.Address != addr:
				return invalid(causeAssetAddress)
			}
			// The issuer is an avatar, and the supply goes to the avatar's address.
			da, ok := v.didAddress(a.Issuer)
			if !ok {
				return invalid(causeDIDNotExist)
			}
			if da != addr {
				return invalid(causeAssetIssue)
			}
			issued[a.Symbol] = true
		case mvs.AttachmentDID:
			if a.Status != mvs.DIDStatusRegister {
				return invalid(causeDIDInput)
			}
			switch {
			case mvs.ValidAvatar(a.Symbol) != nil:
				return invalid(causeDIDSymbol)
			case didsHere[a.Symbol]:
				return invalid(causeDIDExist)
			case a.Address != addr:
				return invalid(causeDIDAddress)
			case didAddrsHere[a.Address] || v.addressHasDID(a.Address):
				return invalid(causeDIDAddressIssued)
			}
			if _, ok := v.didAddress(a.Symbol); ok {
				return invalid(causeDIDExist)
			}
			didsHere[a.Symbol], didAddrsHere[a.Address] = true, true
		case mvs.AttachmentCert:
			certOut[certKey{a.Symbol, a.CertType}] = true
		case mvs.AttachmentMIT:
			return invalid(causeMIT)
		default: // coinstake
			return invalid(causeNotStandard)
		}
	}

	for sym, q := range assetIn {
		if issued[sym] || assetOut[sym] != q {
			return invalid(causeAssetAmount)
		}
	}
	for sym, q := range assetOut {
		if issued[sym] || assetIn[sym] != q {
			return invalid(causeAssetAmount) // an asset created from nothing
		}
	}
	// A certificate is created with its asset (or its domain) or handed on from an input.
	for k := range certOut {
		if !certIn[k] && !issued[k.symbol] && !issuedUnder(issued, k.symbol) {
			return invalid(causeAssetCert)
		}
	}
	for k := range certIn {
		if !certOut[k] {
			return invalid(causeAssetCert)
		}
	}
	return nil
}

// issuedUnder reports whether the transaction issues an asset in domain (the symbol's first
// dot-separated part), which is what a domain certificate accompanies.
func issuedUnder(issued map[string]bool, domain string) bool {
	for sym := range issued {
		if len(sym) > len(domain) && sym[:len(domain)] == domain && sym[len(domain)] == '.' {
			return true
		}
	}
	return false
}

// validAssetSymbol is mvsd's check of an issued symbol (upper-cased by the wallet): 1 to 64
// characters, letters, digits and dots.
func validAssetSymbol(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.') {
			return false
		}
	}
	return true
}
