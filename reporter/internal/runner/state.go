package runner

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/tokendroplet/droplet/reporter/internal/report"
)

// StateFile is the reporter's record in its output directory: the balances each day was
// reconciled against and what was delivered. The reporter keeps nothing in the relayer's
// database, which it only reads.
const StateFile = "state.json"

// State is what the reporter remembers.
type State struct {
	Days map[string]*DayState `json:"days"`
}

// DayState is one day's record.
type DayState struct {
	Balances   *report.Snapshot          `json:"balances,omitempty"`
	Written    string                    `json:"written,omitempty"` // when the files were last written
	Deliveries map[string]*DeliveryState `json:"deliveries,omitempty"`
}

// DeliveryState is one channel's outcome for a day.
type DeliveryState struct {
	OK        bool   `json:"ok"`
	Attempts  int    `json:"attempts"` // over every run
	LastError string `json:"last_error,omitempty"`
	At        string `json:"at"`
}

func loadState(dir string) (*State, error) {
	s := &State{Days: map[string]*DayState{}}
	data, err := os.ReadFile(filepath.Join(dir, StateFile))
	if errors.Is(err, os.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return nil, fmt.Errorf("state: %w", err)
	}
	if err := json.Unmarshal(data, s); err != nil {
		return nil, fmt.Errorf("state %s: %w", StateFile, err)
	}
	if s.Days == nil {
		s.Days = map[string]*DayState{}
	}
	return s, nil
}

// save writes the state whole or not at all.
func (s *State) save(dir string) error {
	data, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, ".state-*.json")
	if err != nil {
		return fmt.Errorf("state: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(append(data, '\n')); err != nil {
		tmp.Close()
		return fmt.Errorf("state: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("state: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("state: %w", err)
	}
	if err := os.Rename(tmp.Name(), filepath.Join(dir, StateFile)); err != nil {
		return fmt.Errorf("state: %w", err)
	}
	return nil
}

func (s *State) day(d string) *DayState {
	ds := s.Days[d]
	if ds == nil {
		ds = &DayState{}
		s.Days[d] = ds
	}
	if ds.Deliveries == nil {
		ds.Deliveries = map[string]*DeliveryState{}
	}
	return ds
}

// done reports whether day d was written and every channel delivered it.
func (s *State) done(d string, channels []string) bool {
	ds := s.Days[d]
	if ds == nil || ds.Written == "" {
		return false
	}
	for _, c := range channels {
		if st := ds.Deliveries[c]; st == nil || !st.OK {
			return false
		}
	}
	return true
}
