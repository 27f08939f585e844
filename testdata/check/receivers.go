// errorcheck

// Invalid method receivers.

package p

type T struct{}
type P *T
type I interface{ M() }

func (t **T) A()        {} // ERROR "invalid receiver type \*\*T"
func (x int) B()        {} // ERROR "cannot define new methods on non-local type int"
func (s string) C()     {} // ERROR "cannot define new methods on non-local type string"
func (p P) D()          {} // ERROR "invalid receiver type P \(pointer or interface type\)"
func (i I) E()          {} // ERROR "invalid receiver type I \(pointer or interface type\)"
func (t T) F()          {}
func (t *T) F()         {} // ERROR "method T.F already declared at"
func (t T, u T) G()     {} // ERROR "method has multiple receivers"
func () H()             {} // ERROR "method has no receiver"
func (t *Undefined) K() {} // ERROR "undefined: Undefined"
