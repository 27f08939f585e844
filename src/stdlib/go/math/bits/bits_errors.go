// Copyright 2019 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package bits

// minigo: Go links these to the runtime's error values (runtime.overflowError,
// runtime.divideError); here they are values of a local type that prints the same text
// and, like Go's, satisfies runtime.Error's method set.

type runtimeError string

func (e runtimeError) Error() string { return "runtime error: " + string(e) }

func (e runtimeError) RuntimeError() {}

var overflowError error = runtimeError("integer overflow")

var divideError error = runtimeError("integer divide by zero")
