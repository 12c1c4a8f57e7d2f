package mvs

import (
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Opcodes this package builds or recognises. Metaverse moved
// OP_CHECKSEQUENCEVERIFY to 0xb3 and gave 0xb2 to OP_CHECKATTENUATIONVERIFY.
const (
	OpZero                   byte = 0x00
	OpPushData1              byte = 0x4c
	OpPushData2              byte = 0x4d
	OpPushData4              byte = 0x4e
	OpNegate1                byte = 0x4f
	OpReserved               byte = 0x50
	Op1                      byte = 0x51
	Op16                     byte = 0x60
	OpReturn                 byte = 0x6a
	OpDrop                   byte = 0x75
	OpDup                    byte = 0x76
	OpEqual                  byte = 0x87
	OpEqualVerify            byte = 0x88
	OpNumEqualVerify         byte = 0x9d
	OpHash160                byte = 0xa9
	OpCheckSig               byte = 0xac
	OpCheckMultisig          byte = 0xae
	OpCheckLockTimeVerify    byte = 0xb1
	OpCheckAttenuationVerify byte = 0xb2
	OpCheckSequenceVerify    byte = 0xb3
)

// Op is one parsed script operation. For a push, Code is the opcode byte as
// written (1..75, or a pushdata opcode) and Data is what it pushes.
type Op struct {
	Code byte
	Data []byte
}

// IsPush reports whether the operation only pushes (data or a small number),
// as mvsd counts pushes for its script patterns.
func (o Op) IsPush() bool {
	return o.Code <= OpNegate1 || (o.Code >= Op1 && o.Code <= Op16)
}

func (o Op) isDirectPush() bool { return o.Code >= 1 && o.Code <= 75 }

// ParseScript splits a script into operations. Data slices alias script.
// A push that runs past the end is an error; mvsd then treats the whole script
// as one opaque blob, which FormatScript mirrors.
func ParseScript(script []byte) ([]Op, error) {
	// Every op takes at least one byte: this bounds the slice.
	ops := make([]Op, 0, min(len(script), 64))
	for i := 0; i < len(script); {
		code := script[i]
		i++
		var n int
		switch {
		case code >= 1 && code <= 75:
			n = int(code)
		case code == OpPushData1:
			if i+1 > len(script) {
				return nil, fmt.Errorf("%w: pushdata1 length truncated at %d", ErrInvalidScript, i)
			}
			n = int(script[i])
			i++
		case code == OpPushData2:
			if i+2 > len(script) {
				return nil, fmt.Errorf("%w: pushdata2 length truncated at %d", ErrInvalidScript, i)
			}
			n = int(script[i]) | int(script[i+1])<<8
			i += 2
		case code == OpPushData4:
			if i+4 > len(script) {
				return nil, fmt.Errorf("%w: pushdata4 length truncated at %d", ErrInvalidScript, i)
			}
			v := uint64(script[i]) | uint64(script[i+1])<<8 | uint64(script[i+2])<<16 | uint64(script[i+3])<<24
			if v > uint64(len(script)) {
				return nil, fmt.Errorf("%w: push of %d bytes at %d runs past the end", ErrInvalidScript, v, i)
			}
			n = int(v)
			i += 4
		default:
			ops = append(ops, Op{Code: code})
			continue
		}
		if n > len(script)-i {
			return nil, fmt.Errorf("%w: push of %d bytes at %d runs past the end", ErrInvalidScript, n, i)
		}
		ops = append(ops, Op{Code: code, Data: script[i : i+n]})
		i += n
	}
	return ops, nil
}

var opNames = func() (t [256]string) {
	for i := range t {
		t[i] = "<none " + strconv.Itoa(i) + ">"
	}
	named := map[byte]string{
		0x00: "zero", 0x4c: "pushdata1", 0x4d: "pushdata2", 0x4e: "pushdata4", 0x4f: "-1", 0x50: "reserved",
		0x61: "nop", 0x62: "ver", 0x63: "if", 0x64: "notif", 0x65: "verif", 0x66: "vernotif", 0x67: "else",
		0x68: "endif", 0x69: "verify", 0x6a: "return", 0x6b: "toaltstack", 0x6c: "fromaltstack",
		0x6d: "2drop", 0x6e: "2dup", 0x6f: "3dup", 0x70: "2over", 0x71: "2rot", 0x72: "2swap", 0x73: "ifdup",
		0x74: "depth", 0x75: "drop", 0x76: "dup", 0x77: "nip", 0x78: "over", 0x79: "pick", 0x7a: "roll",
		0x7b: "rot", 0x7c: "swap", 0x7d: "tuck", 0x7e: "cat", 0x7f: "substr", 0x80: "left", 0x81: "right",
		0x82: "size", 0x83: "invert", 0x84: "and", 0x85: "or", 0x86: "xor", 0x87: "equal",
		0x88: "equalverify", 0x89: "reserved1", 0x8a: "reserved2", 0x8b: "1add", 0x8c: "1sub",
		0x8d: "2mul", 0x8e: "2div", 0x8f: "negate", 0x90: "abs", 0x91: "not", 0x92: "0notequal",
		0x93: "add", 0x94: "sub", 0x95: "mul", 0x96: "div", 0x97: "mod", 0x98: "lshift", 0x99: "rshift",
		0x9a: "booland", 0x9b: "boolor", 0x9c: "numequal", 0x9d: "numequalverify", 0x9e: "numnotequal",
		0x9f: "lessthan", 0xa0: "greaterthan", 0xa1: "lessthanorequal", 0xa2: "greaterthanorequal",
		0xa3: "min", 0xa4: "max", 0xa5: "within", 0xa6: "ripemd160", 0xa7: "sha1", 0xa8: "sha256",
		0xa9: "hash160", 0xaa: "hash256", 0xab: "codeseparator", 0xac: "checksig", 0xad: "checksigverify",
		0xae: "checkmultisig", 0xaf: "checkmultisigverify", 0xb0: "nop1", 0xb1: "checklocktimeverify",
		0xb2: "checkattenuationverify", 0xb3: "checksequenceverify", 0xb4: "nop5", 0xb5: "nop6",
		0xb6: "nop7", 0xb7: "nop8", 0xb8: "nop9", 0xb9: "nop10",
		// mvsd's enum puts its internal raw_data marker at 0xbb, so that byte prints as such.
		0xbb: "raw_data",
	}
	for code, name := range named {
		t[code] = name
	}
	for i := 1; i <= 16; i++ {
		t[0x50+i] = strconv.Itoa(i)
	}
	return t
}()

var opByName = func() map[string]byte {
	m := make(map[string]byte, 200)
	for i, name := range opNames {
		if strings.HasPrefix(name, "<") || (i >= 1 && i <= 75) {
			continue
		}
		m[name] = byte(i)
	}
	// Names that need data, or stand for no single byte, cannot be written bare.
	delete(m, "pushdata1")
	delete(m, "pushdata2")
	delete(m, "pushdata4")
	delete(m, "raw_data")
	m["nop2"] = OpCheckLockTimeVerify
	m["nop3"] = OpCheckAttenuationVerify
	m["nop4"] = OpCheckSequenceVerify
	return m
}()

// FormatScript renders a script the way mvsd prints it: opcodes by name, pushes
// as "[ hex ]", separated by single spaces, e.g.
// "dup hash160 [ 61fd...0b ] equalverify checksig". A script that does not parse
// prints as one "[ hex ]" of all its bytes; an empty script prints as "".
func FormatScript(script []byte) string {
	if len(script) == 0 {
		return ""
	}
	ops, err := ParseScript(script)
	if err != nil {
		return "[ " + hex.EncodeToString(script) + " ]"
	}
	var sb strings.Builder
	sb.Grow(len(script)*2 + 8*len(ops))
	for i, op := range ops {
		if i > 0 {
			sb.WriteByte(' ')
		}
		if len(op.Data) > 0 {
			sb.WriteString("[ ")
			sb.WriteString(hex.EncodeToString(op.Data))
			sb.WriteString(" ]")
		} else {
			sb.WriteString(opNames[op.Code])
		}
	}
	return sb.String()
}

// ScriptFromString parses mvsd's textual form back into script bytes. Data
// pushes get the opcode mvsd picks for their size (direct up to 75 bytes, then
// pushdata1, pushdata2, pushdata4); "nop2".."nop4" are accepted as aliases.
func ScriptFromString(s string) ([]byte, error) {
	tokens := strings.Fields(s)
	var out []byte
	for i := 0; i < len(tokens); i++ {
		tok := tokens[i]
		if tok != "[" {
			code, ok := opByName[tok]
			if !ok {
				return nil, fmt.Errorf("%w: unknown opcode %q", ErrInvalidScript, tok)
			}
			out = append(out, code)
			continue
		}
		if i+2 >= len(tokens) || tokens[i+2] != "]" {
			return nil, fmt.Errorf("%w: unterminated data push at token %d", ErrInvalidScript, i)
		}
		data, err := hex.DecodeString(tokens[i+1])
		if err != nil || len(data) == 0 {
			return nil, fmt.Errorf("%w: bad data push %q", ErrInvalidScript, tokens[i+1])
		}
		out = appendPush(out, data)
		i += 2
	}
	return out, nil
}

// appendPush writes a data push with the opcode mvsd chooses for its size.
func appendPush(b, data []byte) []byte {
	n := len(data)
	switch {
	case n < int(OpPushData1):
		b = append(b, byte(n))
	case n < 0xff:
		b = append(b, OpPushData1, byte(n))
	case n < 0xffff:
		b = append(b, OpPushData2, byte(n), byte(n>>8))
	default:
		b = append(b, OpPushData4, byte(n), byte(n>>8), byte(n>>16), byte(n>>24))
	}
	return append(b, data...)
}

// ScriptClass is a script's standard pattern, as mvsd recognises them.
type ScriptClass uint8

const (
	ClassNonStandard ScriptClass = iota
	ClassNullData
	ClassPayMultisig
	ClassPayPubKey
	ClassP2PKH                 // dup hash160 [ hash ] equalverify checksig
	ClassLockHeightP2PKH       // [ height ] numequalverify dup hash160 [ hash ] equalverify checksig (locked deposit)
	ClassP2SH                  // hash160 [ hash ] equal
	ClassAttenuationP2PKH      // [ model ] [ point ] checkattenuationverify dup hash160 ... (locked asset)
	ClassSequenceLockP2PKH     // [ blocks ] checksequenceverify drop dup hash160 ... (stake lock)
	ClassSignMultisig          // zero [ sig ]... [ redeem ]
	ClassSignPubKey            // [ sig ]
	ClassSignKeyHash           // [ sig ] [ pubkey ]
	ClassSignKeyHashLockHeight // [ sig ] [ pubkey ] [ height ]
	ClassSignScriptHash        // [ ... ] [ redeem ]
	ClassBlackhole             // return (pay_blackhole_address: a burn)
)

var classNames = [...]string{
	ClassNonStandard: "non_standard", ClassNullData: "null_data", ClassPayMultisig: "pay_multisig",
	ClassPayPubKey: "pay_public_key", ClassP2PKH: "pay_key_hash",
	ClassLockHeightP2PKH: "pay_key_hash_with_lock_height", ClassP2SH: "pay_script_hash",
	ClassAttenuationP2PKH:  "pay_key_hash_with_attenuation_model",
	ClassSequenceLockP2PKH: "pay_key_hash_with_sequence_lock", ClassSignMultisig: "sign_multisig",
	ClassSignPubKey: "sign_public_key", ClassSignKeyHash: "sign_key_hash",
	ClassSignKeyHashLockHeight: "sign_key_hash_with_lock_height", ClassSignScriptHash: "sign_script_hash",
	ClassBlackhole: "pay_blackhole_address",
}

// String is mvsd's name for the pattern.
func (c ScriptClass) String() string {
	if int(c) < len(classNames) {
		return classNames[c]
	}
	return "script_class(" + strconv.Itoa(int(c)) + ")"
}

// ClassifyScript returns the script's standard pattern; a script that does not
// parse is non-standard.
func ClassifyScript(script []byte) ScriptClass {
	ops, err := ParseScript(script)
	if err != nil {
		return ClassNonStandard
	}
	return classify(ops)
}

// classify checks the patterns in mvsd's order, which matters for script-sigs
// that fit more than one.
func classify(ops []Op) ScriptClass {
	switch {
	case isNullData(ops):
		return ClassNullData
	case isPayMultisig(ops):
		return ClassPayMultisig
	case len(ops) == 2 && ops[0].isDirectPush() && isPublicKey(ops[0].Data) && ops[1].Code == OpCheckSig:
		return ClassPayPubKey
	case isKeyHashTail(ops):
		return ClassP2PKH
	case len(ops) == 7 && ops[0].isDirectPush() && ops[1].Code == OpNumEqualVerify && isKeyHashTail(ops[2:]):
		return ClassLockHeightP2PKH
	case len(ops) == 3 && ops[0].Code == OpHash160 && ops[1].isDirectPush() && len(ops[1].Data) == 20 && ops[2].Code == OpEqual:
		return ClassP2SH
	case len(ops) == 8 && ops[0].IsPush() && len(ops[0].Data) > 0 && ops[1].isDirectPush() && len(ops[1].Data) == 36 &&
		ops[2].Code == OpCheckAttenuationVerify && isKeyHashTail(ops[3:]):
		return ClassAttenuationP2PKH
	case len(ops) == 8 && ops[0].IsPush() && ops[1].Code == OpCheckSequenceVerify && ops[2].Code == OpDrop && isKeyHashTail(ops[3:]):
		return ClassSequenceLockP2PKH
	case len(ops) >= 2 && pushOnly(ops) && ops[0].Code == OpZero:
		return ClassSignMultisig
	case len(ops) == 1 && pushOnly(ops):
		return ClassSignPubKey
	case len(ops) == 2 && pushOnly(ops) && isPublicKey(ops[1].Data):
		return ClassSignKeyHash
	case len(ops) == 3 && pushOnly(ops) && isPublicKey(ops[1].Data):
		return ClassSignKeyHashLockHeight
	case isSignScriptHash(ops):
		return ClassSignScriptHash
	case len(ops) == 1 && ops[0].Code == OpReturn:
		return ClassBlackhole
	}
	return ClassNonStandard
}

func isKeyHashTail(ops []Op) bool {
	return len(ops) == 5 && ops[0].Code == OpDup && ops[1].Code == OpHash160 &&
		ops[2].isDirectPush() && len(ops[2].Data) == 20 && ops[3].Code == OpEqualVerify && ops[4].Code == OpCheckSig
}

func isNullData(ops []Op) bool {
	return len(ops) == 2 && ops[0].Code == OpReturn && ops[1].isDirectPush() && len(ops[1].Data) <= 80
}

func isPayMultisig(ops []Op) bool {
	n := len(ops)
	if n < 4 || ops[n-1].Code != OpCheckMultisig {
		return false
	}
	m, keys := ops[0].Code, ops[n-2].Code
	if m < Op1 || keys > Op16 || m > keys {
		return false
	}
	if int(keys-Op1)+1 != n-3 {
		return false
	}
	for _, op := range ops[1 : n-2] {
		if !isPublicKey(op.Data) {
			return false
		}
	}
	return true
}

func isSignScriptHash(ops []Op) bool {
	if len(ops) < 2 || !pushOnly(ops) {
		return false
	}
	redeem := ops[len(ops)-1].Data
	if len(redeem) == 0 {
		return false
	}
	inner, err := ParseScript(redeem)
	if err != nil {
		return false
	}
	switch classify(inner) {
	case ClassPayMultisig, ClassPayPubKey, ClassP2PKH, ClassP2SH, ClassNullData:
		return true
	}
	return false
}

func pushOnly(ops []Op) bool {
	for _, op := range ops {
		if !op.IsPush() {
			return false
		}
	}
	return true
}

func isPublicKey(b []byte) bool {
	return (len(b) == 33 && (b[0] == 2 || b[0] == 3)) || (len(b) == 65 && b[0] == 4)
}

// IsLocked reports whether an output script locks its coins for a time: a
// locked deposit (numequalverify), an attenuation model or a stake lock. The
// original bridge ignored deposits whose script contains numequalverify; the
// other two lock the same way and are treated alike.
func IsLocked(script []byte) bool {
	ops, err := ParseScript(script)
	if err != nil {
		return false
	}
	for _, op := range ops {
		switch op.Code {
		case OpNumEqualVerify, OpCheckAttenuationVerify, OpCheckSequenceVerify:
			return true
		}
	}
	return false
}

// LockHeight returns the height range of a locked-deposit output
// ("[ n ] numequalverify dup hash160 ..."), as mvsd's locked_height_range.
func LockHeight(script []byte) (uint64, bool) {
	ops, err := ParseScript(script)
	if err != nil || classify(ops) != ClassLockHeightP2PKH {
		return 0, false
	}
	return scriptNumber(ops[0].Data), true
}

// scriptNumber decodes a little-endian script number whose top bit is the sign;
// a negative number is reported as 0.
func scriptNumber(b []byte) uint64 {
	if len(b) == 0 || len(b) > 8 {
		return 0
	}
	var v uint64
	for i := len(b) - 1; i >= 0; i-- {
		v = v<<8 | uint64(b[i])
	}
	sign := uint64(0x80) << (8 * uint(len(b)-1))
	if v&sign != 0 {
		return 0
	}
	return v
}

// ExtractAddress returns the address that an output script pays to, or that an
// input script-sig spends from, the way mvsd shows it: key-hash patterns
// (plain, locked, attenuated) and bare public keys give the network's
// pay-to-key-hash address, script hashes and multisig script-sigs the
// pay-to-script-hash address, and a burn output BlackholeAddress.
func ExtractAddress(script []byte, net Network) (string, bool) {
	ops, err := ParseScript(script)
	if err != nil {
		return "", false
	}
	switch classify(ops) {
	case ClassPayPubKey:
		return NewP2PKHAddress(net, Hash160(ops[0].Data)).String(), true
	case ClassP2PKH:
		return NewP2PKHAddress(net, [20]byte(ops[2].Data)).String(), true
	case ClassLockHeightP2PKH:
		return NewP2PKHAddress(net, [20]byte(ops[4].Data)).String(), true
	case ClassAttenuationP2PKH:
		return NewP2PKHAddress(net, [20]byte(ops[5].Data)).String(), true
	case ClassP2SH:
		return NewP2SHAddress([20]byte(ops[1].Data)).String(), true
	case ClassBlackhole:
		return BlackholeAddress, true
	case ClassSignKeyHash, ClassSignKeyHashLockHeight:
		return NewP2PKHAddress(net, Hash160(ops[1].Data)).String(), true
	case ClassSignMultisig:
		redeem := ops[len(ops)-1].Data
		inner, err := ParseScript(redeem)
		if len(redeem) == 0 || err != nil || classify(inner) != ClassPayMultisig {
			return "", false
		}
		return NewP2SHAddress(Hash160(redeem)).String(), true
	case ClassSignScriptHash:
		return NewP2SHAddress(Hash160(ops[len(ops)-1].Data)).String(), true
	}
	return "", false
}

// keyHashOf returns the key hash an output script pays to when it is one of
// the pay-to-key-hash patterns this package signs for (plain, locked deposit,
// stake lock, attenuation), and the extra data the script-sig must repeat
// after the public key (the lock height of a locked deposit).
func keyHashOf(prevScript []byte) (hash [20]byte, extra []byte, err error) {
	ops, perr := ParseScript(prevScript)
	if perr != nil {
		return hash, nil, errors.Join(ErrUnsupportedScript, perr)
	}
	switch classify(ops) {
	case ClassP2PKH:
		return [20]byte(ops[2].Data), nil, nil
	case ClassLockHeightP2PKH:
		return [20]byte(ops[4].Data), ops[0].Data, nil
	case ClassSequenceLockP2PKH, ClassAttenuationP2PKH:
		return [20]byte(ops[5].Data), nil, nil
	}
	return hash, nil, ErrUnsupportedScript
}

func p2pkhScript(hash [20]byte) []byte {
	s := make([]byte, 0, 25)
	s = append(s, OpDup, OpHash160, 20)
	s = append(s, hash[:]...)
	return append(s, OpEqualVerify, OpCheckSig)
}

func p2shScript(hash [20]byte) []byte {
	s := make([]byte, 0, 23)
	s = append(s, OpHash160, 20)
	s = append(s, hash[:]...)
	return append(s, OpEqual)
}

// BlackholeScript is the burn output script ("return"), mvsd's
// pay_blackhole_address pattern.
func BlackholeScript() []byte { return []byte{OpReturn} }
