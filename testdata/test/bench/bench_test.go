package bench

import "testing"

func BenchmarkA(b *testing.B) {
	for i := 0; i < b.N; i++ {
	}
}

func BenchmarkLongerName(b *testing.B) {
	b.Log("hello")
	for i := 0; i < b.N; i++ {
	}
}

func BenchmarkSub(b *testing.B) {
	b.Run("x", func(b *testing.B) {})
}
