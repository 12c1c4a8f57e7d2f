package transfer

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tokendroplet/droplet/internal/strictjson"
)

// The routes file is the token mapping that every component loads. Its canonical hash is the
// EIP-712 salt, so a watcher or signer running different routes never reaches quorum silently.

// Mode is what a side of a route does with tokens.
type Mode string

const (
	ModeLock Mode = "lock" // tokens are held by the bridge and released
	ModeMint Mode = "mint" // tokens are minted (Ethereum) or paid from the bridge's issued float (Metaverse) and burned or returned on the way back
)

// Direction of a transfer.
type Direction int

const (
	EthToMvs Direction = iota + 1
	MvsToEth
)

func (d Direction) String() string {
	switch d {
	case EthToMvs:
		return "eth_to_mvs"
	case MvsToEth:
		return "mvs_to_eth"
	}
	return fmt.Sprintf("direction(%d)", int(d))
}

// Routes is the parsed and validated routes file.
type Routes struct {
	Version   int            `json:"version"`
	Ethereum  EthereumChain  `json:"ethereum"`
	Metaverse MetaverseChain `json:"metaverse"`
	Routes    []Route        `json:"routes"`

	hash  [32]byte
	byID  map[string]*Route
	byETH map[[20]byte]*Route
	byMVS map[string]*Route
}

// EthereumChain names the Ethereum side.
type EthereumChain struct {
	ChainID uint64 `json:"chain_id"`
	Bridge  string `json:"bridge"` // the bridge contract

	bridge [20]byte
}

// MetaverseChain names the Metaverse side.
type MetaverseChain struct {
	Network       string `json:"network"`        // mainnet, testnet or devnet
	BridgeAddress string `json:"bridge_address"` // where the bridge's float sits and deposits go
	BridgeAvatar  string `json:"bridge_avatar"`  // deposits to this avatar (to_did) count too

	chainID uint64
}

// Route maps one ERC20 to one MST.
type Route struct {
	ID        string    `json:"id"`
	Enabled   bool      `json:"enabled"`
	Ethereum  ERC20Side `json:"ethereum"`
	Metaverse MSTSide   `json:"metaverse"`
	// Limits in whole-token decimal notation ("1000.5"), the same on both sides.
	Min          Decimal  `json:"min"`
	Max          Decimal  `json:"max"`
	DailyCap     Decimal  `json:"daily_cap"`     // rolling 24 hours, per direction
	BigThreshold Decimal  `json:"big_threshold"` // transfers above it wait BigDelay
	BigDelay     Duration `json:"big_delay"`
	Fee          Fee      `json:"fee"`
	// Dust: a deposit below it is not worth a payout or a refund (a refund would cost the
	// bridge more than it returns). It is recorded for manual handling and never attested.
	// Optional (a pointer, so that a file without it keeps its hash); at most Min.
	Dust *Decimal `json:"dust,omitempty"`
}

// ERC20Side is the ERC20 side of a route.
type ERC20Side struct {
	Token    string `json:"token"`
	Decimals uint8  `json:"decimals"`
	Mode     Mode   `json:"mode"`

	addr [20]byte
}

// MSTSide is the MST side of a route.
type MSTSide struct {
	Symbol   string `json:"symbol"`
	Decimals uint8  `json:"decimals"`
	Mode     Mode   `json:"mode"`
}

// Fee is what the bridge keeps: Flat (whole-token decimal) plus BPS basis points of the amount.
type Fee struct {
	Flat Decimal `json:"flat"`
	BPS  uint16  `json:"bps"`
}

// ConfigError names the key of the routes file that is wrong.
type ConfigError struct {
	Key    string
	Reason string
}

func (e *ConfigError) Error() string { return fmt.Sprintf("routes: %s: %s", e.Key, e.Reason) }

var (
	routeIDRe   = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,30}$`)
	ethAddrRe   = regexp.MustCompile(`^0x[0-9a-fA-F]{40}$`)
	mstSymbolRe = regexp.MustCompile(`^[A-Z0-9][A-Z0-9.]{0,63}$`)
)

// ParseRoutes reads and validates a routes file. Unknown keys, trailing data, duplicate ids or
// tokens, and amounts finer than either side's decimals are errors.
func ParseRoutes(data []byte) (*Routes, error) {
	var r Routes
	if err := strictjson.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("routes: %w", err)
	}
	if err := r.validate(); err != nil {
		return nil, err
	}
	canon, err := json.Marshal(&r)
	if err != nil {
		return nil, fmt.Errorf("routes: %w", err)
	}
	r.hash = crypto.Keccak256Hash(canon)
	return &r, nil
}

func (r *Routes) validate() error {
	if r.Version != 1 {
		return &ConfigError{"version", fmt.Sprintf("%d is not supported, want 1", r.Version)}
	}
	if r.Ethereum.ChainID == 0 || IsMetaverse(r.Ethereum.ChainID) {
		return &ConfigError{"ethereum.chain_id", "missing or not an Ethereum chain id"}
	}
	a, err := parseEthAddress(r.Ethereum.Bridge)
	if err != nil {
		return &ConfigError{"ethereum.bridge", err.Error()}
	}
	r.Ethereum.bridge = a
	switch r.Metaverse.Network {
	case "mainnet":
		r.Metaverse.chainID = MetaverseMainnet
	case "testnet":
		r.Metaverse.chainID = MetaverseTestnet
	case "devnet":
		r.Metaverse.chainID = MetaverseDevnet
	default:
		return &ConfigError{"metaverse.network", fmt.Sprintf("%q, want mainnet, testnet or devnet", r.Metaverse.Network)}
	}
	if r.Metaverse.BridgeAddress == "" {
		return &ConfigError{"metaverse.bridge_address", "missing"}
	}
	if len(r.Routes) == 0 {
		return &ConfigError{"routes", "no route"}
	}
	r.byID = make(map[string]*Route, len(r.Routes))
	r.byETH = make(map[[20]byte]*Route, len(r.Routes))
	r.byMVS = make(map[string]*Route, len(r.Routes))
	for i := range r.Routes {
		rt := &r.Routes[i]
		key := func(k string) string { return fmt.Sprintf("routes[%d].%s", i, k) }
		if !routeIDRe.MatchString(rt.ID) {
			return &ConfigError{key("id"), fmt.Sprintf("%q: want 1 to 31 of a-z, 0-9 and -", rt.ID)}
		}
		if r.byID[rt.ID] != nil {
			return &ConfigError{key("id"), fmt.Sprintf("duplicate route %q", rt.ID)}
		}
		a, err := parseEthAddress(rt.Ethereum.Token)
		if err != nil {
			return &ConfigError{key("ethereum.token"), err.Error()}
		}
		if r.byETH[a] != nil {
			return &ConfigError{key("ethereum.token"), "token already used by route " + r.byETH[a].ID}
		}
		rt.Ethereum.addr = a
		if rt.Ethereum.Decimals > 36 {
			return &ConfigError{key("ethereum.decimals"), "above 36"}
		}
		if !mstSymbolRe.MatchString(rt.Metaverse.Symbol) {
			return &ConfigError{key("metaverse.symbol"), fmt.Sprintf("%q is not an MST symbol (A-Z, 0-9, dots)", rt.Metaverse.Symbol)}
		}
		if r.byMVS[rt.Metaverse.Symbol] != nil {
			return &ConfigError{key("metaverse.symbol"), "symbol already used by route " + r.byMVS[rt.Metaverse.Symbol].ID}
		}
		if rt.Metaverse.Decimals > 19 {
			return &ConfigError{key("metaverse.decimals"), "above 19, the most an MST can have"}
		}
		switch {
		case rt.Ethereum.Mode == ModeLock && rt.Metaverse.Mode == ModeMint:
		case rt.Ethereum.Mode == ModeMint && rt.Metaverse.Mode == ModeLock:
		default:
			return &ConfigError{key("ethereum.mode"), fmt.Sprintf("%q/%q: one side must lock and the other mint", rt.Ethereum.Mode, rt.Metaverse.Mode)}
		}
		fine := min(rt.Ethereum.Decimals, rt.Metaverse.Decimals)
		for _, f := range []struct {
			name     string
			v        Decimal
			required bool
		}{
			{"min", rt.Min, false}, {"max", rt.Max, true}, {"daily_cap", rt.DailyCap, true},
			{"big_threshold", rt.BigThreshold, true}, {"fee.flat", rt.Fee.Flat, false}, {"dust", rt.dust(), false},
		} {
			if f.v.scale > fine {
				return &ConfigError{key(f.name), fmt.Sprintf("%s has more decimals than %d, the finer side's", f.v, fine)}
			}
			if f.required && f.v.Sign() == 0 {
				return &ConfigError{key(f.name), "missing or zero"}
			}
		}
		if rt.Min.Cmp(rt.Max) > 0 {
			return &ConfigError{key("min"), "above max"}
		}
		if rt.dust().Cmp(rt.Min) > 0 {
			return &ConfigError{key("dust"), "above min: a deposit between the two would be neither paid nor refunded"}
		}
		if rt.Max.Cmp(rt.DailyCap) > 0 {
			return &ConfigError{key("max"), "above daily_cap"}
		}
		if rt.Fee.BPS >= 10000 {
			return &ConfigError{key("fee.bps"), "must be below 10000"}
		}
		if rt.BigDelay.D < 0 || rt.BigDelay.D > 30*24*time.Hour {
			return &ConfigError{key("big_delay"), "must be between 0 and 720h"}
		}
		r.byID[rt.ID] = rt
		r.byETH[a] = rt
		r.byMVS[rt.Metaverse.Symbol] = rt
	}
	return nil
}

func parseEthAddress(s string) (a [20]byte, err error) {
	if !ethAddrRe.MatchString(s) {
		return a, fmt.Errorf("%q is not a 0x-prefixed 20-byte hex address", s)
	}
	b, err := hex.DecodeString(s[2:])
	copy(a[:], b)
	if err == nil && a == ([20]byte{}) {
		err = errors.New("zero address")
	}
	return a, err
}

// Hash is the canonical hash of the routes, used as the EIP-712 salt.
func (r *Routes) Hash() [32]byte { return r.hash }

// MetaverseChainID is the chain id of the configured Metaverse network.
func (r *Routes) MetaverseChainID() uint64 { return r.Metaverse.chainID }

// EthereumBridge is the bridge contract's address.
func (r *Routes) EthereumBridge() [20]byte { return r.Ethereum.bridge }

// ErrBridgeRecipient is a payout to the Ethereum bridge contract itself: the contract's transfer
// to itself would be read as a new deposit and refunded, round after round (a self-payout loop).
var ErrBridgeRecipient = errors.New("the recipient is the Ethereum bridge itself")

// CheckEthereumRecipient is what the bridge may pay on Ethereum: neither the zero address (the
// tokens would be burnt) nor the bridge contract. Memo parsers, watchers and the signer all ask
// this one function.
func (r *Routes) CheckEthereumRecipient(a [20]byte) error {
	switch {
	case a == [20]byte{}:
		return errors.New("the zero address")
	case a == r.Ethereum.bridge: // security-critical: no self-payout loop
		return ErrBridgeRecipient
	}
	return nil
}

// Route returns the route with this id.
func (r *Routes) Route(id string) (*Route, bool) { rt, ok := r.byID[id]; return rt, ok }

// RouteByKey returns the route whose RouteKey is k.
func (r *Routes) RouteByKey(k [32]byte) (*Route, bool) {
	id := string(bytes.TrimRight(k[:], "\x00"))
	rt, ok := r.byID[id]
	if !ok || RouteKey(id) != k {
		return nil, false
	}
	return rt, true
}

// ByERC20 returns the route of an ERC20 token.
func (r *Routes) ByERC20(token [20]byte) (*Route, bool) { rt, ok := r.byETH[token]; return rt, ok }

// ByMST returns the route of an MST symbol.
func (r *Routes) ByMST(symbol string) (*Route, bool) { rt, ok := r.byMVS[symbol]; return rt, ok }

// Domain is the EIP-712 domain for payouts on chain.
func (r *Routes) Domain(chain uint64) (Domain, error) {
	switch chain {
	case r.Ethereum.ChainID:
		return Domain{ChainID: chain, Contract: r.Ethereum.bridge, Salt: r.hash}, nil
	case r.Metaverse.chainID:
		return Domain{ChainID: chain, Contract: MetaverseContract, Salt: r.hash}, nil
	}
	return Domain{}, fmt.Errorf("chain %d is neither the configured Ethereum nor Metaverse chain", chain)
}

// Key is the route's bytes32 key.
func (rt *Route) Key() [32]byte { return RouteKey(rt.ID) }

func (rt *Route) dust() Decimal {
	if rt.Dust == nil {
		return Decimal{}
	}
	return *rt.Dust
}

// IsDust reports whether amount (source units of direction dir) is below the route's dust
// threshold, or zero: such a deposit is recorded for manual handling, never attested.
func (rt *Route) IsDust(dir Direction, amount *big.Int) bool {
	src, _ := rt.Decimals(dir)
	return amount.Sign() <= 0 || amount.Cmp(rt.dust().Units(src)) < 0
}

// ERC20 is the route's token address.
func (rt *Route) ERC20() [20]byte { return rt.Ethereum.addr }

// Decimals of the route's token on the source and destination side of dir.
func (rt *Route) Decimals(dir Direction) (src, dst uint8) {
	if dir == EthToMvs {
		return rt.Ethereum.Decimals, rt.Metaverse.Decimals
	}
	return rt.Metaverse.Decimals, rt.Ethereum.Decimals
}

// DestToken is the DestToken of a payout in direction dir.
func (rt *Route) DestToken(dir Direction) [32]byte {
	if dir == EthToMvs {
		return MetaverseToken(rt.Metaverse.Symbol)
	}
	return EthereumToken(rt.Ethereum.addr)
}

// Quote is the outcome of converting a source amount.
type Quote struct {
	Amount *big.Int // paid to the recipient, destination units
	Fee    *big.Int // kept by the bridge, destination units
	Dust   *big.Int // source units below the destination's precision, kept by the bridge
	Refund bool     // below the minimum or eaten by the fee: refund instead of paying
}

// Quote converts amount (source units) into a payout. Conversion never rounds up; what the
// destination cannot represent is reported as Dust. Below Min, or when the fee takes everything,
// the quote says Refund and the caller refunds the source amount (see RefundQuote).
func (rt *Route) Quote(dir Direction, amount *big.Int) Quote {
	srcDec, dstDec := rt.Decimals(dir)
	out, dust := new(big.Int), new(big.Int)
	switch {
	case dstDec >= srcDec:
		out.Mul(amount, pow10(dstDec-srcDec))
	default:
		out.QuoRem(amount, pow10(srcDec-dstDec), dust)
	}
	fee := rt.Fee.Flat.Units(dstDec)
	fee.Add(fee, new(big.Int).Div(new(big.Int).Mul(out, big.NewInt(int64(rt.Fee.BPS))), big.NewInt(10000)))
	q := Quote{Amount: new(big.Int).Sub(out, fee), Fee: fee, Dust: dust}
	if out.Cmp(rt.Min.Units(dstDec)) < 0 || q.Amount.Sign() <= 0 {
		q.Refund = true
	}
	return q
}

// RefundQuote is what a refund of amount (source units) pays back on the source chain: the amount
// less the flat fee, never negative.
func (rt *Route) RefundQuote(dir Direction, amount *big.Int) Quote {
	srcDec, _ := rt.Decimals(dir)
	fee := rt.Fee.Flat.Units(srcDec)
	if fee.Cmp(amount) > 0 {
		fee.Set(amount)
	}
	return Quote{Amount: new(big.Int).Sub(amount, fee), Fee: fee, Dust: new(big.Int), Refund: true}
}

func pow10(n uint8) *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil) }

// Decimal is a non-negative decimal number of whole tokens, written as a JSON string ("1000.25").
type Decimal struct {
	v     *big.Int // value * 10^scale
	scale uint8
}

var decimalRe = regexp.MustCompile(`^(0|[1-9][0-9]{0,59})(\.[0-9]{1,36})?$`)

// ParseDecimal parses "123" or "123.45".
func ParseDecimal(s string) (Decimal, error) {
	if !decimalRe.MatchString(s) {
		return Decimal{}, fmt.Errorf("%q is not a non-negative decimal number", s)
	}
	whole, frac, _ := strings.Cut(s, ".")
	frac = strings.TrimRight(frac, "0")
	v, _ := new(big.Int).SetString(whole+frac, 10)
	return Decimal{v: v, scale: uint8(len(frac))}, nil
}

// UnmarshalJSON takes a JSON string; a JSON number would invite float rounding.
func (d *Decimal) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return errors.New("amount must be a JSON string such as \"1000.5\"")
	}
	v, err := ParseDecimal(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// MarshalJSON writes the canonical form.
func (d Decimal) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

func (d Decimal) String() string {
	if d.v == nil {
		return "0"
	}
	s := d.v.String()
	if d.scale == 0 {
		return s
	}
	if len(s) <= int(d.scale) {
		s = strings.Repeat("0", int(d.scale)-len(s)+1) + s
	}
	return s[:len(s)-int(d.scale)] + "." + s[len(s)-int(d.scale):]
}

// Sign is 0 for zero (or unset), 1 otherwise.
func (d Decimal) Sign() int {
	if d.v == nil {
		return 0
	}
	return d.v.Sign()
}

// Units is the value in base units of a token with this many decimals; the caller ensures
// decimals >= the value's scale (ParseRoutes does).
func (d Decimal) Units(decimals uint8) *big.Int {
	if d.v == nil {
		return new(big.Int)
	}
	if decimals < d.scale {
		panic("transfer: Decimal.Units with fewer decimals than the value has")
	}
	return new(big.Int).Mul(d.v, pow10(decimals-d.scale))
}

// Cmp compares two decimals.
func (d Decimal) Cmp(o Decimal) int {
	s := max(d.scale, o.scale)
	return d.Units(s).Cmp(o.Units(s))
}

// Duration is a time.Duration written as a JSON string ("1h30m").
type Duration struct{ D time.Duration }

// UnmarshalJSON takes a Go duration string.
func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return errors.New("duration must be a JSON string such as \"1h\"")
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return err
	}
	d.D = v
	return nil
}

// MarshalJSON writes the canonical form.
func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(d.D.String()) }

// Scale is the number of decimals the value is written with.
func (d Decimal) Scale() uint8 { return d.scale }
