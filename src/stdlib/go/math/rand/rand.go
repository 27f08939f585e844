// Package rand: pseudo-random numbers (math/rand with Go 1.20+ semantics:
// the top-level functions are seeded randomly, and Seed no longer changes
// them). minigo's own declaration, in Go; runtimeRand (the runtime's random
// source) has no body. NewSource's generator is minigo's own (a 64-bit
// xorshift*), so a seeded Rand is deterministic but does not reproduce
// Go's sequences.
package rand

// A Source is a source of uniformly distributed pseudo-random int64 values
// in [0, 1<<63).
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// A Source64 is a Source that can also generate uint64 values directly.
type Source64 interface {
	Source
	Uint64() uint64
}

// runtimeRand returns 64 random bits from the runtime's generator.
func runtimeRand() uint64

// runtimeSource is the randomly seeded source behind the top-level functions.
type runtimeSource struct{}

func (runtimeSource) Int63() int64    { return int64(runtimeRand() & (1<<63 - 1)) }
func (runtimeSource) Seed(seed int64) {}
func (runtimeSource) Uint64() uint64  { return runtimeRand() }

// xorshiftSource is the generator of NewSource: xorshift64* over a state
// derived from the seed by splitmix64.
type xorshiftSource struct {
	state uint64
}

// NewSource returns a new pseudo-random Source seeded with seed. It is not
// safe for concurrent use.
func NewSource(seed int64) Source {
	s := &xorshiftSource{}
	s.Seed(seed)
	return s
}

func (s *xorshiftSource) Seed(seed int64) {
	z := uint64(seed) + 0x9E3779B97F4A7C15
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	z ^= z >> 31
	if z == 0 {
		z = 1
	}
	s.state = z
}

func (s *xorshiftSource) Uint64() uint64 {
	x := s.state
	x ^= x >> 12
	x ^= x << 25
	x ^= x >> 27
	s.state = x
	return x * 0x2545F4914F6CDD1D
}

func (s *xorshiftSource) Int63() int64 { return int64(s.Uint64() & (1<<63 - 1)) }

// A Rand is a source of random numbers.
type Rand struct {
	src Source
	s64 Source64 // src as a Source64, if it is one
}

// New returns a new Rand that uses random values from src.
func New(src Source) *Rand {
	s64, _ := src.(Source64)
	return &Rand{src: src, s64: s64}
}

// Seed uses the seed to initialize the generator to a deterministic state.
func (r *Rand) Seed(seed int64) { r.src.Seed(seed) }

// Int63 returns a non-negative pseudo-random 63-bit integer as an int64.
func (r *Rand) Int63() int64 { return r.src.Int63() }

// Uint32 returns a pseudo-random 32-bit value as a uint32.
func (r *Rand) Uint32() uint32 { return uint32(r.Int63() >> 31) }

// Uint64 returns a pseudo-random 64-bit value as a uint64.
func (r *Rand) Uint64() uint64 {
	if r.s64 != nil {
		return r.s64.Uint64()
	}
	return uint64(r.Int63())>>31 | uint64(r.Int63())<<32
}

// Int31 returns a non-negative pseudo-random 31-bit integer as an int32.
func (r *Rand) Int31() int32 { return int32(r.Int63() >> 32) }

// Int returns a non-negative pseudo-random int.
func (r *Rand) Int() int { return int(uint(r.Int63())) }

// Int63n returns a non-negative pseudo-random number in [0,n); it panics if
// n <= 0.
func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 { // n is a power of two
		return r.Int63() & (n - 1)
	}
	max := int64((1 << 63) - 1 - (1<<63)%uint64(n))
	v := r.Int63()
	for v > max {
		v = r.Int63()
	}
	return v % n
}

// Int31n returns a non-negative pseudo-random number in [0,n); it panics if
// n <= 0.
func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	return int32(r.Int63n(int64(n)))
}

// Intn returns a non-negative pseudo-random number in [0,n); it panics if
// n <= 0.
func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	return int(r.Int63n(int64(n)))
}

// Float64 returns a pseudo-random number in [0.0,1.0).
func (r *Rand) Float64() float64 {
	for {
		f := float64(r.Int63()>>10) / (1 << 53)
		if f < 1 {
			return f
		}
	}
}

// Float32 returns a pseudo-random number in [0.0,1.0).
func (r *Rand) Float32() float32 {
	for {
		f := float32(r.Int63()>>39) / (1 << 24)
		if f < 1 {
			return f
		}
	}
}

// Perm returns a pseudo-random permutation of the integers [0,n).
func (r *Rand) Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := r.Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

// Shuffle pseudo-randomizes the order of n elements; swap swaps the
// elements with indexes i and j. It panics if n < 0.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		j := int(r.Int63n(int64(i + 1)))
		swap(i, j)
	}
}

// NormFloat64 returns a normally distributed float64 (mean 0, stddev 1),
// by the Box-Muller transform.
func (r *Rand) NormFloat64() float64 {
	for {
		u := 2*r.Float64() - 1
		v := 2*r.Float64() - 1
		s := u*u + v*v
		if s > 0 && s < 1 {
			return u * sqrt(-2*ln(s)/s)
		}
	}
}

// ExpFloat64 returns an exponentially distributed float64 (rate 1).
func (r *Rand) ExpFloat64() float64 {
	for {
		u := r.Float64()
		if u > 0 {
			return -ln(u)
		}
	}
}

// sqrt and ln keep this package free of an import of math.
func sqrt(x float64) float64

func ln(x float64) float64

var globalRand = New(runtimeSource{})

// Seed is a no-op as of Go 1.24: the top-level functions stay randomly seeded.
func Seed(seed int64) {}

// Int63 returns a non-negative pseudo-random 63-bit integer as an int64.
func Int63() int64 { return globalRand.Int63() }

// Uint32 returns a pseudo-random 32-bit value as a uint32.
func Uint32() uint32 { return globalRand.Uint32() }

// Uint64 returns a pseudo-random 64-bit value as a uint64.
func Uint64() uint64 { return globalRand.Uint64() }

// Int31 returns a non-negative pseudo-random 31-bit integer as an int32.
func Int31() int32 { return globalRand.Int31() }

// Int returns a non-negative pseudo-random int.
func Int() int { return globalRand.Int() }

// Int63n returns a non-negative pseudo-random number in [0,n).
func Int63n(n int64) int64 { return globalRand.Int63n(n) }

// Int31n returns a non-negative pseudo-random number in [0,n).
func Int31n(n int32) int32 { return globalRand.Int31n(n) }

// Intn returns a non-negative pseudo-random number in [0,n).
func Intn(n int) int { return globalRand.Intn(n) }

// Float64 returns a pseudo-random number in [0.0,1.0).
func Float64() float64 { return globalRand.Float64() }

// Float32 returns a pseudo-random number in [0.0,1.0).
func Float32() float32 { return globalRand.Float32() }

// Perm returns a pseudo-random permutation of the integers [0,n).
func Perm(n int) []int { return globalRand.Perm(n) }

// Shuffle pseudo-randomizes the order of elements.
func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }

// NormFloat64 returns a normally distributed float64.
func NormFloat64() float64 { return globalRand.NormFloat64() }

// ExpFloat64 returns an exponentially distributed float64.
func ExpFloat64() float64 { return globalRand.ExpFloat64() }
