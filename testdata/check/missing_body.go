// errorcheck

// Function declarations without a body, and bodies in the wrong place.

package p

func noBody() int // ERROR "missing function body"

func g() {
	noBody()
}
