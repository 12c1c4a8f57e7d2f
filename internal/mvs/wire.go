package mvs

import (
	"encoding/binary"
	"fmt"
)

// reader decodes the little-endian, varint-prefixed fields of the wire format.
// Every method checks the remaining length first, so no read can run past the
// input and no allocation is larger than the input that is left.
type reader struct {
	b   []byte
	off int
	// sec and idx name the input or output being read, for error messages.
	sec string
	idx int
}

func (r *reader) remaining() int { return len(r.b) - r.off }

func (r *reader) fail(what string, err error) error {
	if r.sec != "" {
		return fmt.Errorf("%w: %s %d: %s at offset %d: %w", ErrMalformedTx, r.sec, r.idx, what, r.off, err)
	}
	return fmt.Errorf("%w: %s at offset %d: %w", ErrMalformedTx, what, r.off, err)
}

func (r *reader) take(n int, what string) ([]byte, error) {
	if n < 0 || n > r.remaining() {
		return nil, r.fail(what, ErrTruncated)
	}
	p := r.b[r.off : r.off+n]
	r.off += n
	return p, nil
}

func (r *reader) u8(what string) (uint8, error) {
	p, err := r.take(1, what)
	if err != nil {
		return 0, err
	}
	return p[0], nil
}

func (r *reader) u32(what string) (uint32, error) {
	p, err := r.take(4, what)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint32(p), nil
}

func (r *reader) u64(what string) (uint64, error) {
	p, err := r.take(8, what)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint64(p), nil
}

// varint reads Bitcoin's CompactSize. Non-minimal encodings are rejected: they
// would let two byte strings decode to the same transaction (and change its
// hash on re-encoding).
func (r *reader) varint(what string) (uint64, error) {
	start := r.off
	tag, err := r.u8(what)
	if err != nil {
		return 0, err
	}
	var v, min uint64
	switch tag {
	case 0xfd:
		p, err := r.take(2, what)
		if err != nil {
			return 0, err
		}
		v, min = uint64(binary.LittleEndian.Uint16(p)), 0xfd
	case 0xfe:
		p, err := r.take(4, what)
		if err != nil {
			return 0, err
		}
		v, min = uint64(binary.LittleEndian.Uint32(p)), 1<<16
	case 0xff:
		p, err := r.take(8, what)
		if err != nil {
			return 0, err
		}
		v, min = binary.LittleEndian.Uint64(p), 1<<32
	default:
		return uint64(tag), nil
	}
	if v < min {
		r.off = start
		return 0, r.fail(what, ErrNonCanonicalVarInt)
	}
	return v, nil
}

// count reads an element count and checks that that many elements of at least
// minSize bytes each can still follow, which bounds the slice it sizes.
func (r *reader) count(what string, minSize int) (int, error) {
	start := r.off
	n, err := r.varint(what)
	if err != nil {
		return 0, err
	}
	if n > uint64(r.remaining()/minSize) {
		r.off = start
		return 0, r.fail(fmt.Sprintf("%s (%d)", what, n), ErrOversized)
	}
	return int(n), nil
}

// varBytes reads a length-prefixed byte string and returns a copy of it, so
// a decoded value never aliases the caller's buffer.
func (r *reader) varBytes(what string) ([]byte, error) {
	start := r.off
	n, err := r.varint(what)
	if err != nil {
		return nil, err
	}
	if n > uint64(r.remaining()) {
		r.off = start
		return nil, r.fail(fmt.Sprintf("%s length %d", what, n), ErrOversized)
	}
	p, _ := r.take(int(n), what)
	out := make([]byte, len(p))
	copy(out, p)
	return out, nil
}

func (r *reader) varString(what string) (string, error) {
	p, err := r.varBytes(what)
	return string(p), err
}

func appendU32(b []byte, v uint32) []byte { return binary.LittleEndian.AppendUint32(b, v) }
func appendU64(b []byte, v uint64) []byte { return binary.LittleEndian.AppendUint64(b, v) }

func appendVarInt(b []byte, v uint64) []byte {
	switch {
	case v < 0xfd:
		return append(b, byte(v))
	case v <= 0xffff:
		return binary.LittleEndian.AppendUint16(append(b, 0xfd), uint16(v))
	case v <= 0xffffffff:
		return binary.LittleEndian.AppendUint32(append(b, 0xfe), uint32(v))
	default:
		return binary.LittleEndian.AppendUint64(append(b, 0xff), v)
	}
}

func appendVarBytes(b, p []byte) []byte {
	return append(appendVarInt(b, uint64(len(p))), p...)
}

func appendVarString(b []byte, s string) []byte {
	return append(appendVarInt(b, uint64(len(s))), s...)
}

func varIntSize(v uint64) int {
	switch {
	case v < 0xfd:
		return 1
	case v <= 0xffff:
		return 3
	case v <= 0xffffffff:
		return 5
	default:
		return 9
	}
}
