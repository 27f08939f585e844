package tempenv

import (
	"os"
	"path/filepath"
	"testing"
)

var made string

func TestTempDir(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	if a == b {
		t.Fatalf("TempDir twice gave %s", a)
	}
	if filepath.Base(a) != "001" || filepath.Base(b) != "002" {
		t.Errorf("TempDir names: %s %s", filepath.Base(a), filepath.Base(b))
	}
	name := filepath.Join(a, "f.txt")
	if err := os.WriteFile(name, []byte("hi"), 0o666); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(name)
	t.Logf("read %q %v", data, err)
	made = a
}

func TestTempDirRemoved(t *testing.T) {
	if _, err := os.Stat(made); err == nil {
		t.Errorf("%s still exists", made)
	}
}

func TestSetenv(t *testing.T) {
	t.Setenv("MINIGO_TEMPENV_X", "set")
	if v := os.Getenv("MINIGO_TEMPENV_X"); v != "set" {
		t.Errorf("Getenv = %q", v)
	}
}

func TestSetenvRestored(t *testing.T) {
	if v, ok := os.LookupEnv("MINIGO_TEMPENV_X"); ok {
		t.Errorf("still set: %q", v)
	}
	t.Log("restored")
}
