// Package errors: creating, wrapping and inspecting error values.
// minigo's own declaration; functions without a body are implemented in Rust.
package errors

// errorString is the error New returns: each call makes a distinct value.
type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }

// New returns an error whose Error method reports text.
func New(text string) error {
	return &errorString{s: text}
}

// ErrUnsupported reports that an operation cannot be performed.
var ErrUnsupported = New("unsupported operation")

// Unwrap returns what err's Unwrap() error method returns, or nil.
func Unwrap(err error) error {
	w, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return w.Unwrap()
}

// Is reports whether err or any error it wraps (depth first, through both
// Unwrap() error and Unwrap() []error) equals target or has an Is(error) bool
// method that reports true for target.
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	return matches(err, target, isComparable(target))
}

func matches(err, target error, canCompare bool) bool {
	for err != nil {
		if canCompare && isComparable(err) && err == target {
			return true
		}
		if m, ok := err.(interface{ Is(error) bool }); ok && m.Is(target) {
			return true
		}
		switch w := err.(type) {
		case interface{ Unwrap() error }:
			err = w.Unwrap()
		case interface{ Unwrap() []error }:
			for _, e := range w.Unwrap() {
				if e != nil && matches(e, target, canCompare) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

// As finds the first error in err's tree that can be assigned to the variable
// target points to, or whose As(any) bool method accepts target; it stores the
// error there and reports true. target must be a non-nil pointer to an
// interface type or to a type implementing error, or As panics.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	checkAsTarget(target)
	return findAs(err, target)
}

func findAs(err error, target any) bool {
	for err != nil {
		if assignTo(target, err) {
			return true
		}
		if m, ok := err.(interface{ As(any) bool }); ok && m.As(target) {
			return true
		}
		switch w := err.(type) {
		case interface{ Unwrap() error }:
			err = w.Unwrap()
		case interface{ Unwrap() []error }:
			for _, e := range w.Unwrap() {
				if e != nil && findAs(e, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

// isComparable reports whether the dynamic type of v is comparable (so that
// v == w cannot panic).
func isComparable(v any) bool

// checkAsTarget panics as Go's errors.As does when target is nil
// ("errors: target cannot be nil"), not a non-nil pointer
// ("errors: target must be a non-nil pointer"), or points to a type that is
// neither an interface nor implements error
// ("errors: *target must be interface or implement error").
func checkAsTarget(target any)

// assignTo stores err in *target and reports true when err's dynamic type is
// assignable to target's element type; otherwise it reports false.
func assignTo(target any, err error) bool

// Join returns an error wrapping the non-nil errs, or nil if there are none.
// Its message is the messages of errs, one per line.
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{errs: make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	if len(e.errs) == 1 {
		return e.errs[0].Error()
	}
	b := []byte(e.errs[0].Error())
	for _, err := range e.errs[1:] {
		b = append(b, '\n')
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *joinError) Unwrap() []error { return e.errs }
