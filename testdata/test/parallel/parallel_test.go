package parallel

import "testing"

func TestA(t *testing.T) {
	t.Parallel()
	t.Log("A runs after B")
	t.Error("A fails")
}

func TestB(t *testing.T) {
	t.Log("B first")
	t.Run("p", func(t *testing.T) {
		t.Parallel()
		t.Log("p after B's body")
	})
	t.Run("s", func(t *testing.T) {
		t.Log("s sequential")
	})
	t.Cleanup(func() { t.Log("B cleanup after p") })
	t.Log("B body end")
}
