package fmt

import (
	"reflect"
	"sort"
	"unsafe"
)

// Test-only implementations of the reflection natives with real reflect.

func rv(x any) reflect.Value {
	v := reflect.ValueOf(x)
	// Make it addressable so unexported parts can be read through unsafe.
	c := reflect.New(v.Type()).Elem()
	c.Set(v)
	return c
}

func out(e reflect.Value) any {
	if !e.CanInterface() && e.CanAddr() {
		e = reflect.NewAt(e.Type(), unsafe.Pointer(e.UnsafeAddr())).Elem()
	}
	if e.Kind() == reflect.Interface {
		if e.IsNil() {
			return nil
		}
		e = e.Elem()
		if !e.CanAddr() {
			c := reflect.New(e.Type()).Elem()
			c.Set(e)
			e = c
		}
	}
	if e.CanInterface() {
		return e.Interface()
	}
	return reflect.NewAt(e.Type(), unsafe.Pointer(e.UnsafeAddr())).Elem().Interface()
}

func shimKind(x any) int {
	if x == nil {
		return 0
	}
	return int(reflect.TypeOf(x).Kind())
}

func shimType(x any) string {
	if x == nil {
		return "<nil>"
	}
	return reflect.TypeOf(x).String()
}

func shimElemType(x any) (int, string) {
	t := reflect.TypeOf(x).Elem()
	return int(t.Kind()), t.String()
}

func shimKeyType(x any) (int, string) {
	t := reflect.TypeOf(x).Key()
	return int(t.Kind()), t.String()
}

func shimMapSorted(x any) ([]any, []any) {
	v := reflect.ValueOf(x)
	keys := v.MapKeys()
	sort.Slice(keys, func(i, j int) bool { return cmpv(keys[i], keys[j]) < 0 })
	var ks, vs []any
	for _, k := range keys {
		c := reflect.New(k.Type()).Elem()
		c.Set(k)
		ks = append(ks, out(c))
		e := v.MapIndex(k)
		c2 := reflect.New(e.Type()).Elem()
		c2.Set(e)
		vs = append(vs, out(c2))
	}
	return ks, vs
}

func cmpv(a, b reflect.Value) int {
	switch a.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if a.Int() < b.Int() {
			return -1
		} else if a.Int() > b.Int() {
			return 1
		}
		return 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if a.Uint() < b.Uint() {
			return -1
		} else if a.Uint() > b.Uint() {
			return 1
		}
		return 0
	case reflect.String:
		if a.String() < b.String() {
			return -1
		} else if a.String() > b.String() {
			return 1
		}
		return 0
	case reflect.Float32, reflect.Float64:
		if a.Float() < b.Float() {
			return -1
		} else if a.Float() > b.Float() {
			return 1
		}
		return 0
	case reflect.Bool:
		if a.Bool() == b.Bool() {
			return 0
		}
		if !a.Bool() {
			return -1
		}
		return 1
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if c := cmpv(a.Field(i), b.Field(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflect.Interface:
		if a.IsNil() || b.IsNil() {
			return 0
		}
		return cmpv(a.Elem(), b.Elem())
	}
	return 0
}

func shimFieldInfo(x any, i int) (string, int, string, bool) {
	f := reflect.TypeOf(x).Field(i)
	return f.Name, int(f.Type.Kind()), f.Type.String(), f.IsExported()
}

func shimBytes(x any) []byte {
	v := rv(x)
	b := make([]byte, v.Len())
	for i := range b {
		b[i] = byte(v.Index(i).Uint())
	}
	return b
}
