// Package strictjson decodes configuration: one JSON value, no unknown keys, nothing after it.
package strictjson

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
)

// ErrTrailing is data after the JSON value.
var ErrTrailing = errors.New("trailing data after the JSON value")

// Unmarshal decodes data into v, refusing unknown keys and trailing data.
func Unmarshal(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return ErrTrailing
	}
	return nil
}

// Load reads the file at path into v; errors name the file.
func Load(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("config: %w", err)
	}
	if err := Unmarshal(b, v); err != nil {
		return fmt.Errorf("config %s: %w", path, err)
	}
	return nil
}
