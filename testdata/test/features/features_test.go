package features

import (
	"fmt"
	"testing"
)

func helper(t *testing.T) {
	t.Helper()
	t.Error("from helper")
}

func TestPass(t *testing.T) {
	t.Log("passing log")
}

func TestSub(t *testing.T) {
	t.Log("before")
	t.Run("a", func(t *testing.T) {
		t.Log("in a")
		t.Run("deep", func(t *testing.T) {
			t.Errorf("deep fail\nsecond line")
		})
	})
	t.Run("b c", func(t *testing.T) {
		t.Log("in b")
	})
	t.Log("after")
	helper(t)
}

func TestFatal(t *testing.T) {
	defer fmt.Println("deferred print")
	t.Cleanup(func() { t.Log("cleanup1") })
	t.Cleanup(func() { t.Log("cleanup2") })
	t.Fatalf("fatal %d", 1)
	t.Log("unreached")
}

func TestSkip(t *testing.T) {
	t.Skip("skipping", 3)
}

func TestPrint(t *testing.T) {
	fmt.Println("stdout from test")
	if t.Name() != "TestPrint" || t.Failed() {
		t.Error("bad")
	}
}

func ExampleAdd() {
	fmt.Println(Add(1, 2))
	// Output: 3
}

func Example_bad() {
	fmt.Println("x")
	fmt.Println("y")
	// Output:
	// x
	// z
}

func Example_unordered() {
	fmt.Println("b")
	fmt.Println("a")
	// Unordered output:
	// a
	// b
}

func Example_noOutput() {
	fmt.Println("never run")
}
