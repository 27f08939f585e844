package fmt

// Reflection natives: what fmt needs to know about a value beyond its
// dynamic type, implemented in Rust. All take the value boxed in an interface.
// Kinds are reflect.Kind's numbers (the kind* constants below); type strings
// are reflect.Type.String's ("int", "main.T", "[]string", "map[string]int",
// "*main.T", "struct { A int }", "interface {}", "func(int) string").

const (
	kindInvalid = iota
	kindBool
	kindInt
	kindInt8
	kindInt16
	kindInt32
	kindInt64
	kindUint
	kindUint8
	kindUint16
	kindUint32
	kindUint64
	kindUintptr
	kindFloat32
	kindFloat64
	kindComplex64
	kindComplex128
	kindArray
	kindChan
	kindFunc
	kindInterface
	kindMap
	kindPointer
	kindSlice
	kindString
	kindStruct
	kindUnsafePointer
)

// kindOf returns the kind of x's dynamic type (kindInvalid for nil).
func kindOf(x any) int

// typeString returns the string form of x's dynamic type ("<nil>" for nil).
func typeString(x any) string

// lenOf returns the length of an array, slice, map, string or channel.
func lenOf(x any) int

// isNil reports whether x (a chan, func, map, pointer, slice or unsafe
// pointer) is nil.
func isNil(x any) bool

// pointerOf returns the address held by a chan, func, map, pointer, slice
// (its first element) or unsafe pointer, 0 if nil: what %p prints.
func pointerOf(x any) uintptr

// indexOf returns element i of an array or slice. For an interface-typed
// element it returns the element's dynamic value (nil for a nil interface).
func indexOf(x any, i int) any

// elemType returns the kind and type string of the elements of an array,
// slice, map (its values), channel or pointer type.
func elemType(x any) (kind int, typ string)

// mapKeyType returns the kind and type string of a map's keys.
func mapKeyType(x any) (kind int, typ string)

// mapSorted returns a map's keys and values, ordered by key as fmt orders
// them (Go's internal/fmtsort): numbers by value (NaN first), strings
// bytewise, false before true, pointers and channels by address, structs and
// arrays field by field, interfaces by dynamic type then value. Interface-
// typed keys and values are returned as their dynamic values.
func mapSorted(x any) (keys, values []any)

// numField returns the number of fields of a struct.
func numField(x any) int

// fieldOf returns field i of a struct (an interface-typed field gives its
// dynamic value, nil if the interface is nil).
func fieldOf(x any, i int) any

// fieldInfo describes field i of a struct: its name, the kind and type
// string of its declared type, and whether it is exported (so that fmt may
// call its methods; an embedded field's name is its type's name).
func fieldInfo(x any, i int) (name string, kind int, typ string, exported bool)

// elemOf returns the value a non-nil pointer points to.
func elemOf(x any) any

// intOf returns the value of a signed integer kind, as int64.
func intOf(x any) int64

// uintOf returns the value of an unsigned integer kind, as uint64.
func uintOf(x any) uint64

// floatOf returns the value of a float kind, as float64.
func floatOf(x any) float64

// complexOf returns the value of a complex kind, as complex128.
func complexOf(x any) complex128

// stringOf returns the value of a string kind.
func stringOf(x any) string

// boolOf returns the value of a bool kind.
func boolOf(x any) bool

// bytesOf returns a copy of the elements of a slice or array of a uint8 kind.
func bytesOf(x any) []byte
