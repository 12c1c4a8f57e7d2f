package mvsrpc

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"sync/atomic"
	"time"
)

// Defaults of a Client.
const (
	DefaultTimeout          = 30 * time.Second
	DefaultMaxResponseBytes = 32 << 20 // a full mvsd block is far below this
)

// Client calls one node's JSON-RPC v3 endpoint. It is safe for concurrent use.
type Client struct {
	endpoint string
	hc       *http.Client
	timeout  time.Duration
	maxBody  int64
	nextID   atomic.Int64
}

// Option configures a Client.
type Option func(*Client)

// WithHTTPClient sets the HTTP client (transport, TLS). Its own Timeout, if any, still applies.
func WithHTTPClient(hc *http.Client) Option { return func(c *Client) { c.hc = hc } }

// WithTimeout bounds every call, on top of the caller's context. Zero leaves only the context.
func WithTimeout(d time.Duration) Option { return func(c *Client) { c.timeout = d } }

// WithMaxResponseBytes bounds the size of an answer; a larger one is an error.
func WithMaxResponseBytes(n int64) Option { return func(c *Client) { c.maxBody = n } }

// New returns a client of the endpoint, e.g. "http://127.0.0.1:8820/rpc/v3".
func New(endpoint string, opts ...Option) (*Client, error) {
	u, err := url.Parse(endpoint)
	if err != nil {
		return nil, fmt.Errorf("mvsrpc: endpoint: %w", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return nil, fmt.Errorf("mvsrpc: endpoint %q: want http(s)://host[:port]/rpc/v3", endpoint)
	}
	c := &Client{
		endpoint: endpoint,
		hc:       &http.Client{},
		timeout:  DefaultTimeout,
		maxBody:  DefaultMaxResponseBytes,
	}
	for _, o := range opts {
		o(c)
	}
	if c.maxBody <= 0 {
		return nil, errors.New("mvsrpc: the maximum answer size must be positive")
	}
	return c, nil
}

// Endpoint is the URL the client calls.
func (c *Client) Endpoint() string { return c.endpoint }

type request struct {
	JSONRPC string `json:"jsonrpc"`
	ID      int64  `json:"id"`
	Method  string `json:"method"`
	Params  []any  `json:"params"`
}

type answer struct {
	ID      json.RawMessage `json:"id"`
	JSONRPC string          `json:"jsonrpc"`
	Result  json.RawMessage `json:"result"`
	Error   *struct {
		Code    *int64 `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// call sends method with params (mvsd's argv: positional arguments and "--option value" pairs,
// all strings) and returns the raw result. Only methods of this package call it, which is what
// keeps account names and passwords out of every request.
func (c *Client) call(ctx context.Context, method string, params ...string) (json.RawMessage, error) {
	if c.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, c.timeout)
		defer cancel()
	}
	id := c.nextID.Add(1)
	p := make([]any, len(params))
	for i, s := range params {
		p[i] = s
	}
	body, err := json.Marshal(request{JSONRPC: "2.0", ID: id, Method: method, Params: p})
	if err != nil {
		return nil, fmt.Errorf("mvsrpc: %s: %w", method, err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.endpoint, bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("mvsrpc: %s: %w", method, err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, fmt.Errorf("mvsrpc: %s: %w", method, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, c.maxBody+1))
	if err != nil {
		return nil, fmt.Errorf("mvsrpc: %s: reading the answer: %w", method, err)
	}
	if int64(len(raw)) > c.maxBody {
		return nil, fmt.Errorf("%w: %s: answer larger than %d bytes", ErrBadAnswer, method, c.maxBody)
	}
	// mvsd answers 200 even for errors; any other status is a proxy or a wrong endpoint.
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%w: %s: HTTP %s", ErrBadAnswer, method, resp.Status)
	}
	return decodeAnswer(method, id, raw)
}

// decodeAnswer checks a JSON-RPC answer to request id and returns its result, or the node's
// error as *Error.
func decodeAnswer(method string, id int64, raw []byte) (json.RawMessage, error) {
	var a answer
	if err := unmarshal(raw, &a); err != nil {
		if len(bytes.TrimSpace(raw)) == 0 {
			return nil, fmt.Errorf("%w: %s: empty answer", ErrBadAnswer, method)
		}
		return nil, fmt.Errorf("%s: %w", method, err)
	}
	if a.Error != nil {
		if a.Error.Code == nil {
			return nil, fmt.Errorf("%w: %s: error object without a code", ErrBadAnswer, method)
		}
		// The node may answer a request it could not parse with id -1; the error is still its.
		return nil, &Error{Method: method, Code: *a.Error.Code, Message: a.Error.Message}
	}
	if len(a.ID) == 0 {
		return nil, fmt.Errorf("%w: %s: answer without an id", ErrBadAnswer, method)
	}
	if !sameID(a.ID, id) {
		return nil, fmt.Errorf("%w: %s: answer to request %s, not %d", ErrBadAnswer, method, a.ID, id)
	}
	if len(a.Result) == 0 {
		return nil, fmt.Errorf("%w: %s: neither result nor error", ErrBadAnswer, method)
	}
	return a.Result, nil
}

// sameID compares the answer's id with ours; mvsd echoes it as a number, others may quote it.
func sameID(raw json.RawMessage, id int64) bool {
	var n num
	if err := json.Unmarshal(raw, &n); err != nil || !n.set {
		return false
	}
	return n.v == uint64(id)
}

func itoa(v uint64) string { return strconv.FormatUint(v, 10) }
