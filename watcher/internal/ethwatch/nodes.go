package ethwatch

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// ErrAnswer is a node's answer that does not decode or does not make sense: a missing field, a
// wrong type, a block that is not the one asked for. The call is retried on the next endpoint.
var ErrAnswer = errors.New("malformed node answer")

// answerError says what is wrong with an answer.
func answerError(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrAnswer, fmt.Sprintf(format, args...))
}

// nodes is the configured endpoints in failover order. A call goes to the current endpoint; on
// any error (transport, timeout, JSON-RPC error, or an answer that fails our checks) the same call
// goes to the next one, once around. The endpoint that answered stays current.
type nodes struct {
	urls    []string
	chainID uint64
	timeout time.Duration
	log     *slog.Logger

	mu       sync.Mutex
	clients  []*rpc.Client // dialled lazily; nil after a failure, so the next use redials
	verified []bool        // eth_chainId checked on this endpoint
	cur      int
}

func newNodes(urls []string, chainID uint64, timeout time.Duration, log *slog.Logger) (*nodes, error) {
	if len(urls) == 0 {
		return nil, errors.New("no Ethereum endpoint configured")
	}
	for _, u := range urls {
		p, err := url.Parse(u)
		if err != nil {
			return nil, fmt.Errorf("endpoint %q: %w", redact(u), err)
		}
		switch p.Scheme {
		case "http", "https", "ws", "wss":
		default:
			return nil, fmt.Errorf("endpoint %q: scheme %q, want http, https, ws or wss", redact(u), p.Scheme)
		}
	}
	return &nodes{urls: urls, chainID: chainID, timeout: timeout, log: log,
		clients: make([]*rpc.Client, len(urls)), verified: make([]bool, len(urls))}, nil
}

// redact drops credentials and the path (where providers put API keys) from an endpoint URL.
func redact(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return "(unparsable URL)"
	}
	return p.Scheme + "://" + p.Host
}

func (n *nodes) close() {
	n.mu.Lock()
	defer n.mu.Unlock()
	for i, c := range n.clients {
		if c != nil {
			c.Close()
			n.clients[i] = nil
		}
	}
}

// client returns endpoint i's client, dialling it when needed.
func (n *nodes) client(ctx context.Context, i int) (*rpc.Client, error) {
	n.mu.Lock()
	c := n.clients[i]
	n.mu.Unlock()
	if c != nil {
		return c, nil
	}
	c, err := rpc.DialOptions(ctx, n.urls[i], rpc.WithHTTPClient(&http.Client{}))
	if err != nil {
		return nil, fmt.Errorf("dial: %w", err)
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.clients[i] != nil { // another call dialled it meanwhile
		c.Close()
		return n.clients[i], nil
	}
	n.clients[i] = c
	return c, nil
}

// drop forgets endpoint i's client after a failure, so a WebSocket is redialled next time.
func (n *nodes) drop(i int, c *rpc.Client) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.clients[i] == c && c != nil {
		c.Close()
		n.clients[i] = nil
		n.verified[i] = false // a new connection may reach another node: ask its chain again
	}
}

// do runs f on the current endpoint and fails over to the next ones on error. f gets a context
// bounded by the call timeout, so a hanging node costs one timeout, not the whole scan.
func (n *nodes) do(ctx context.Context, what string, f func(ctx context.Context, c *rpc.Client) error) error {
	n.mu.Lock()
	start := n.cur
	n.mu.Unlock()
	var errs []error
	for k := 0; k < len(n.urls); k++ {
		i := (start + k) % len(n.urls)
		err := n.try(ctx, i, f)
		if err == nil {
			if k > 0 {
				n.mu.Lock()
				n.cur = i
				n.mu.Unlock()
				n.log.Warn("ethereum endpoint failover", "endpoint", redact(n.urls[i]), "call", what)
			}
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		errs = append(errs, fmt.Errorf("%s: %w", redact(n.urls[i]), err))
	}
	return fmt.Errorf("%s: %w", what, errors.Join(errs...))
}

func (n *nodes) try(ctx context.Context, i int, f func(ctx context.Context, c *rpc.Client) error) error {
	cctx, cancel := context.WithTimeout(ctx, n.timeout)
	defer cancel()
	err := n.tryClient(cctx, i, f)
	if err != nil && cctx.Err() != nil && ctx.Err() == nil {
		err = fmt.Errorf("no answer within %s: %w", n.timeout, err)
	}
	return err
}

func (n *nodes) tryClient(ctx context.Context, i int, f func(ctx context.Context, c *rpc.Client) error) error {
	c, err := n.client(ctx, i)
	if err != nil {
		return err
	}
	n.mu.Lock()
	verified := n.verified[i]
	n.mu.Unlock()
	if !verified {
		// Security-critical: an endpoint of another chain must never feed this watcher.
		var id hexutil.Uint64
		if err := call(ctx, c, &id, "eth_chainId"); err != nil {
			n.drop(i, c)
			return err
		}
		if uint64(id) != n.chainID {
			return fmt.Errorf("endpoint serves chain %d, want %d", uint64(id), n.chainID)
		}
		n.mu.Lock()
		n.verified[i] = true
		n.mu.Unlock()
	}
	if err := f(ctx, c); err != nil {
		var rpcErr rpc.Error
		if !errors.As(err, &rpcErr) && !errors.Is(err, ErrAnswer) {
			n.drop(i, c) // a transport failure: start afresh next time
		}
		return err
	}
	return nil
}

// call makes one JSON-RPC call and decodes its result strictly into out. A null result is an
// error: every call here asks for something that must exist.
func call(ctx context.Context, c *rpc.Client, out any, method string, args ...any) error {
	var raw json.RawMessage
	if err := c.CallContext(ctx, &raw, method, args...); err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	return decodeResult(method, raw, out)
}

func decodeResult(method string, raw json.RawMessage, out any) error {
	if len(raw) == 0 || string(raw) == "null" {
		return fmt.Errorf("%s: %w", method, answerError("null result"))
	}
	if err := json.Unmarshal(raw, out); err != nil {
		return fmt.Errorf("%s: %w", method, answerError("%v", err))
	}
	return nil
}

// batch sends elems as one batch request and returns the first per-element error.
func batch(ctx context.Context, c *rpc.Client, elems []rpc.BatchElem) error {
	if err := c.BatchCallContext(ctx, elems); err != nil {
		return fmt.Errorf("batch: %w", err)
	}
	for i := range elems {
		if elems[i].Error != nil {
			return fmt.Errorf("%s %v: %w", elems[i].Method, elems[i].Args, elems[i].Error)
		}
	}
	return nil
}
