// Package fmt: formatted I/O with verbs like C's printf and scanf.
// minigo's own declaration, in Go: printing, Printf's verb parsing, flags and
// padding, and the calls of String, Error, Format and GoString methods are
// ordinary Go (so such a method may block or panic like any call). Looking
// inside values of arbitrary types uses the bodiless reflection natives in
// natives.go; number conversion uses strconv.
package fmt

import (
	"io"
	"os"
	"strconv"
	"unicode/utf8"
)

// Stringer is implemented by any value that has a String method, which
// defines the "native" format for that value (%v, and %s, %q, %x, %X).
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method, which
// defines the Go syntax for that value (%#v).
type GoStringer interface {
	GoString() string
}

// State represents the printer state passed to custom formatters.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method, which
// controls how State and rune are interpreted.
type Formatter interface {
	Format(f State, verb rune)
}

const (
	ldigits = "0123456789abcdefx"
	udigits = "0123456789ABCDEFX"
)

// flags are the flags, width and precision of one verb.
type flags struct {
	widPresent  bool
	precPresent bool
	minus       bool
	plus        bool
	sharp       bool
	space       bool
	zero        bool
	plusV       bool // %+v
	sharpV      bool // %#v
	wid         int
	prec        int
}

// slot is an operand being printed together with what its static type says:
// x is the value (for an interface-typed slot its dynamic value, nil if the
// interface is nil), kind and typ describe the slot's static type, methods
// says whether it was reached without passing unexported fields (so its
// methods may be called).
type slot struct {
	x       any
	kind    int
	typ     string
	methods bool
}

func slotOf(x any) slot {
	return slot{x: x, kind: kindOf(x), typ: typeString(x), methods: true}
}

// pp is the printer state of one Print/Printf call.
type pp struct {
	buf []byte
	flags

	arg      any  // the operand being printed, when it came as an interface
	value    slot // the operand being printed, when reached by reflection
	hasValue bool

	erroring  bool // printing an error string: do not call methods
	panicking bool // inside catchPanic: a second panic propagates
	wrapErrs  bool // Errorf: %w is allowed
	wrapped   []int
	reordered bool // an explicit argument index was used
	goodArg   bool // the last argument index was valid
}

func (f *flags) clearflags() {
	*f = flags{}
}

// Write implements State (and io.Writer) for Formatter implementations.
func (p *pp) Write(b []byte) (ret int, err error) {
	p.buf = append(p.buf, b...)
	return len(b), nil
}

// WriteString implements io.StringWriter for Formatter implementations.
func (p *pp) WriteString(s string) (ret int, err error) {
	p.buf = append(p.buf, s...)
	return len(s), nil
}

func (p *pp) Width() (wid int, ok bool) { return p.wid, p.widPresent }

func (p *pp) Precision() (prec int, ok bool) { return p.prec, p.precPresent }

func (p *pp) Flag(b int) bool {
	switch b {
	case '-':
		return p.minus
	case '+':
		return p.plus || p.plusV
	case '#':
		return p.sharp || p.sharpV
	case ' ':
		return p.space
	case '0':
		return p.zero
	}
	return false
}

// FormatString returns a string representing the fully qualified formatting
// directive captured by the State, followed by the verb.
func FormatString(state State, verb rune) string {
	b := []byte{'%'}
	for _, c := range " +-#0" {
		if state.Flag(int(c)) {
			b = append(b, byte(c))
		}
	}
	if w, ok := state.Width(); ok {
		b = strconv.AppendInt(b, int64(w), 10)
	}
	if p, ok := state.Precision(); ok {
		b = append(b, '.')
		b = strconv.AppendInt(b, int64(p), 10)
	}
	b = utf8.AppendRune(b, verb)
	return string(b)
}

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	p := &pp{}
	p.doPrintf(format, a)
	return w.Write(p.buf)
}

// Printf formats according to a format specifier and writes to standard output.
func Printf(format string, a ...any) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}

// Sprintf formats according to a format specifier and returns the string.
func Sprintf(format string, a ...any) string {
	p := &pp{}
	p.doPrintf(format, a)
	return string(p.buf)
}

// Appendf formats according to a format specifier and appends to b.
func Appendf(b []byte, format string, a ...any) []byte {
	p := &pp{}
	p.doPrintf(format, a)
	return append(b, p.buf...)
}

// Fprint formats using the default formats and writes to w. Spaces are added
// between operands when neither is a string.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	p := &pp{}
	p.doPrint(a)
	return w.Write(p.buf)
}

// Print is Fprint to standard output.
func Print(a ...any) (n int, err error) {
	return Fprint(os.Stdout, a...)
}

// Sprint is Fprint to a string.
func Sprint(a ...any) string {
	p := &pp{}
	p.doPrint(a)
	return string(p.buf)
}

// Append is Fprint appending to b.
func Append(b []byte, a ...any) []byte {
	p := &pp{}
	p.doPrint(a)
	return append(b, p.buf...)
}

// Fprintln formats using the default formats, always adds spaces between
// operands and a newline, and writes to w.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	p := &pp{}
	p.doPrintln(a)
	return w.Write(p.buf)
}

// Println is Fprintln to standard output.
func Println(a ...any) (n int, err error) {
	return Fprintln(os.Stdout, a...)
}

// Sprintln is Fprintln to a string.
func Sprintln(a ...any) string {
	p := &pp{}
	p.doPrintln(a)
	return string(p.buf)
}

// Appendln is Fprintln appending to b.
func Appendln(b []byte, a ...any) []byte {
	p := &pp{}
	p.doPrintln(a)
	return append(b, p.buf...)
}

func (p *pp) doPrint(a []any) {
	prevString := false
	for i, arg := range a {
		isString := arg != nil && kindOf(arg) == kindString
		if i > 0 && !isString && !prevString {
			p.buf = append(p.buf, ' ')
		}
		p.printArg(arg, 'v')
		prevString = isString
	}
}

func (p *pp) doPrintln(a []any) {
	for i, arg := range a {
		if i > 0 {
			p.buf = append(p.buf, ' ')
		}
		p.printArg(arg, 'v')
	}
	p.buf = append(p.buf, '\n')
}

// printArg prints one operand.
func (p *pp) printArg(arg any, verb rune) {
	p.arg = arg
	p.hasValue = false
	if arg == nil {
		switch verb {
		case 'T', 'v':
			p.padString("<nil>")
		default:
			p.badVerb(verb)
		}
		return
	}
	switch verb {
	case 'T':
		p.fmtS(typeString(arg))
		return
	case 'p':
		p.fmtPointer(slotOf(arg), 'p')
		return
	}
	switch f := arg.(type) {
	case bool:
		p.fmtBool(f, verb)
	case float32:
		p.fmtFloat(float64(f), 32, verb)
	case float64:
		p.fmtFloat(f, 64, verb)
	case complex64:
		p.fmtComplex(complex128(f), 64, verb)
	case complex128:
		p.fmtComplex(f, 128, verb)
	case int:
		p.fmtInteger(uint64(f), true, verb)
	case int8:
		p.fmtInteger(uint64(f), true, verb)
	case int16:
		p.fmtInteger(uint64(f), true, verb)
	case int32:
		p.fmtInteger(uint64(f), true, verb)
	case int64:
		p.fmtInteger(uint64(f), true, verb)
	case uint:
		p.fmtInteger(uint64(f), false, verb)
	case uint8:
		p.fmtInteger(uint64(f), false, verb)
	case uint16:
		p.fmtInteger(uint64(f), false, verb)
	case uint32:
		p.fmtInteger(uint64(f), false, verb)
	case uint64:
		p.fmtInteger(f, false, verb)
	case uintptr:
		p.fmtInteger(uint64(f), false, verb)
	case string:
		p.fmtString(f, verb)
	case []byte:
		p.fmtBytes(f, verb, "[]byte")
	default:
		if !p.handleMethods(verb) {
			p.printValue(slotOf(arg), verb, 0)
		}
	}
}

// handleMethods prints p.arg through its Format, GoString, Error or String
// method if it has the one the verb calls for, and reports whether it did.
func (p *pp) handleMethods(verb rune) (handled bool) {
	if p.erroring {
		return false
	}
	if verb == 'w' {
		_, ok := p.arg.(error)
		if !ok || !p.wrapErrs {
			p.badVerb(verb)
			return true
		}
		verb = 'v'
	}
	// handled is set before each call, so that it stays true when the
	// method panics and catchPanic prints the panic instead.
	if formatter, ok := p.arg.(Formatter); ok {
		handled = true
		defer p.catchPanic(p.arg, verb, "Format")
		formatter.Format(p, verb)
		return
	}
	if p.sharpV {
		if stringer, ok := p.arg.(GoStringer); ok {
			handled = true
			defer p.catchPanic(p.arg, verb, "GoString")
			p.fmtS(stringer.GoString())
		}
		return
	}
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
		switch v := p.arg.(type) {
		case error:
			handled = true
			defer p.catchPanic(p.arg, verb, "Error")
			p.fmtString(v.Error(), verb)
		case Stringer:
			handled = true
			defer p.catchPanic(p.arg, verb, "String")
			p.fmtString(v.String(), verb)
		}
	}
	return
}

// catchPanic turns a panic in a method fmt called into "%!v(PANIC=String
// method: msg)", or "<nil>" when the receiver is a nil pointer.
func (p *pp) catchPanic(arg any, verb rune, method string) {
	err := recover()
	if err == nil {
		return
	}
	if kindOf(arg) == kindPointer && isNil(arg) {
		p.buf = append(p.buf, "<nil>"...)
		return
	}
	if p.panicking {
		panic(err)
	}
	old := p.flags
	p.clearflags()
	p.buf = append(p.buf, "%!"...)
	p.buf = utf8.AppendRune(p.buf, verb)
	p.buf = append(p.buf, "(PANIC="...)
	p.buf = append(p.buf, method...)
	p.buf = append(p.buf, " method: "...)
	p.panicking = true
	p.printArg(err, 'v')
	p.panicking = false
	p.buf = append(p.buf, ')')
	p.flags = old
}

// badVerb prints "%!verb(type=value)" for an operand the verb does not apply to.
func (p *pp) badVerb(verb rune) {
	p.erroring = true
	p.buf = append(p.buf, "%!"...)
	p.buf = utf8.AppendRune(p.buf, verb)
	p.buf = append(p.buf, '(')
	switch {
	case p.arg != nil:
		p.buf = append(p.buf, typeString(p.arg)...)
		p.buf = append(p.buf, '=')
		p.printArg(p.arg, 'v')
	case p.hasValue:
		v := p.value
		p.buf = append(p.buf, v.typ...)
		p.buf = append(p.buf, '=')
		p.printValue(v, 'v', 0)
	default:
		p.buf = append(p.buf, "<nil>"...)
	}
	p.buf = append(p.buf, ')')
	p.erroring = false
}

// printValue prints an operand found by reflection.
func (p *pp) printValue(v slot, verb rune, depth int) {
	if depth > 0 && v.x != nil && v.methods {
		p.arg = v.x
		p.hasValue = false
		if p.handleMethods(verb) {
			return
		}
	}
	p.arg = nil
	p.value = v
	p.hasValue = true

	switch v.kind {
	case kindInvalid:
		if depth == 0 {
			p.buf = append(p.buf, "<invalid reflect.Value>"...)
		} else if verb == 'v' {
			p.buf = append(p.buf, "<nil>"...)
		} else {
			p.badVerb(verb)
		}
	case kindBool:
		p.fmtBool(boolOf(v.x), verb)
	case kindInt, kindInt8, kindInt16, kindInt32, kindInt64:
		p.fmtInteger(uint64(intOf(v.x)), true, verb)
	case kindUint, kindUint8, kindUint16, kindUint32, kindUint64, kindUintptr:
		p.fmtInteger(uintOf(v.x), false, verb)
	case kindFloat32:
		p.fmtFloat(floatOf(v.x), 32, verb)
	case kindFloat64:
		p.fmtFloat(floatOf(v.x), 64, verb)
	case kindComplex64:
		p.fmtComplex(complexOf(v.x), 64, verb)
	case kindComplex128:
		p.fmtComplex(complexOf(v.x), 128, verb)
	case kindString:
		p.fmtString(stringOf(v.x), verb)
	case kindMap:
		if p.sharpV {
			p.buf = append(p.buf, v.typ...)
			if isNil(v.x) {
				p.buf = append(p.buf, "(nil)"...)
				return
			}
			p.buf = append(p.buf, '{')
		} else {
			p.buf = append(p.buf, "map["...)
		}
		keys, values := mapSorted(v.x)
		kk, kt := mapKeyType(v.x)
		vk, vt := elemType(v.x)
		for i := range keys {
			if i > 0 {
				if p.sharpV {
					p.buf = append(p.buf, ", "...)
				} else {
					p.buf = append(p.buf, ' ')
				}
			}
			p.printValue(slot{keys[i], kk, kt, v.methods}, verb, depth+1)
			p.buf = append(p.buf, ':')
			p.printValue(slot{values[i], vk, vt, v.methods}, verb, depth+1)
		}
		if p.sharpV {
			p.buf = append(p.buf, '}')
		} else {
			p.buf = append(p.buf, ']')
		}
	case kindStruct:
		if p.sharpV {
			p.buf = append(p.buf, v.typ...)
		}
		p.buf = append(p.buf, '{')
		n := numField(v.x)
		for i := 0; i < n; i++ {
			if i > 0 {
				if p.sharpV {
					p.buf = append(p.buf, ", "...)
				} else {
					p.buf = append(p.buf, ' ')
				}
			}
			name, fk, ft, exported := fieldInfo(v.x, i)
			if p.plusV || p.sharpV {
				p.buf = append(p.buf, name...)
				p.buf = append(p.buf, ':')
			}
			p.printValue(slot{fieldOf(v.x, i), fk, ft, v.methods && exported}, verb, depth+1)
		}
		p.buf = append(p.buf, '}')
	case kindInterface:
		if v.x == nil {
			if p.sharpV {
				p.buf = append(p.buf, v.typ...)
				p.buf = append(p.buf, "(nil)"...)
			} else {
				p.buf = append(p.buf, "<nil>"...)
			}
			return
		}
		p.printValue(slot{v.x, kindOf(v.x), typeString(v.x), v.methods}, verb, depth+1)
	case kindArray, kindSlice:
		ek, et := elemType(v.x)
		switch verb {
		case 's', 'q', 'x', 'X':
			if ek == kindUint8 {
				p.fmtBytes(bytesOf(v.x), verb, v.typ)
				return
			}
		}
		if p.sharpV {
			p.buf = append(p.buf, v.typ...)
			if v.kind == kindSlice && isNil(v.x) {
				p.buf = append(p.buf, "(nil)"...)
				return
			}
			p.buf = append(p.buf, '{')
			n := lenOf(v.x)
			for i := 0; i < n; i++ {
				if i > 0 {
					p.buf = append(p.buf, ", "...)
				}
				p.printValue(slot{indexOf(v.x, i), ek, et, v.methods}, verb, depth+1)
			}
			p.buf = append(p.buf, '}')
		} else {
			p.buf = append(p.buf, '[')
			n := lenOf(v.x)
			for i := 0; i < n; i++ {
				if i > 0 {
					p.buf = append(p.buf, ' ')
				}
				p.printValue(slot{indexOf(v.x, i), ek, et, v.methods}, verb, depth+1)
			}
			p.buf = append(p.buf, ']')
		}
	case kindPointer:
		// A pointer to a composite at the top level prints as &{...}.
		if depth == 0 && !isNil(v.x) {
			e := elemOf(v.x)
			switch k := kindOf(e); k {
			case kindArray, kindSlice, kindStruct, kindMap:
				p.buf = append(p.buf, '&')
				p.printValue(slot{e, k, typeString(e), v.methods}, verb, depth+1)
				return
			}
		}
		p.fmtPointer(v, verb)
	case kindChan, kindFunc, kindUnsafePointer:
		p.fmtPointer(v, verb)
	default:
		p.badVerb(verb)
	}
}

func (p *pp) fmtPointer(v slot, verb rune) {
	var u uintptr
	switch v.kind {
	case kindChan, kindFunc, kindMap, kindPointer, kindSlice, kindUnsafePointer:
		u = pointerOf(v.x)
	default:
		p.badVerb(verb)
		return
	}
	switch verb {
	case 'v':
		if p.sharpV {
			p.buf = append(p.buf, '(')
			p.buf = append(p.buf, v.typ...)
			p.buf = append(p.buf, ")("...)
			if u == 0 {
				p.buf = append(p.buf, "nil"...)
			} else {
				p.fmt0x64(uint64(u), true)
			}
			p.buf = append(p.buf, ')')
		} else {
			if u == 0 {
				p.padString("<nil>")
			} else {
				p.fmt0x64(uint64(u), !p.sharp)
			}
		}
	case 'p':
		p.fmt0x64(uint64(u), !p.sharp)
	case 'b', 'o', 'd', 'x', 'X':
		p.fmtInteger(uint64(u), false, verb)
	default:
		p.badVerb(verb)
	}
}
