package panic

import "testing"

func TestOK(t *testing.T) {}

func TestPanic(t *testing.T) {
	t.Log("before")
	t.Run("sub", func(t *testing.T) {
		var m map[string]int
		m["a"] = 1
	})
}
