package config

import (
	"strings"
	"testing"
)

func TestStringRedacts(t *testing.T) {
	for _, db := range []string{"postgres://signer:s3cret@db:5432/signer", "host=db user=signer password=s3cret dbname=signer",
		"host=db password='s3 cret' user=signer"} {
		c := Default()
		c.Database = db
		if s := c.String(); strings.Contains(s, "s3cret") || strings.Contains(s, "s3 cret") {
			t.Errorf("String shows the password: %s", s)
		}
	}
}
