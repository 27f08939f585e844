// run

// The book's tempconv (ch. 2 and 7), package-free: named float types with String
// methods, conversions between them, a flag-like parser and constants.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Celsius float64
type Fahrenheit float64
type Kelvin float64

const (
	AbsoluteZeroC Celsius = -273.15
	FreezingC     Celsius = 0
	BoilingC      Celsius = 100
)

func (c Celsius) String() string    { return fmt.Sprintf("%g°C", c) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%g°F", f) }
func (k Kelvin) String() string     { return fmt.Sprintf("%gK", k) }

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func FToC(f Fahrenheit) Celsius { return Celsius((f - 32) * 5 / 9) }
func CToK(c Celsius) Kelvin     { return Kelvin(c - AbsoluteZeroC) }
func KToC(k Kelvin) Celsius     { return Celsius(k) + AbsoluteZeroC }

func parse(s string) (Celsius, error) {
	var unit string
	var value float64
	i := strings.IndexFunc(s, func(r rune) bool { return r != '.' && r != '-' && (r < '0' || r > '9') })
	if i < 0 {
		return 0, fmt.Errorf("invalid temperature %q", s)
	}
	value, err := strconv.ParseFloat(s[:i], 64)
	if err != nil {
		return 0, err
	}
	unit = s[i:]
	switch unit {
	case "C", "°C":
		return Celsius(value), nil
	case "F", "°F":
		return FToC(Fahrenheit(value)), nil
	case "K":
		return KToC(Kelvin(value)), nil
	}
	return 0, fmt.Errorf("invalid temperature %q", s)
}

func main() {
	fmt.Printf("%g\n", BoilingC-FreezingC)
	boilingF := CToF(BoilingC)
	fmt.Printf("%g\n", boilingF-CToF(FreezingC))
	fmt.Println(AbsoluteZeroC, CToF(AbsoluteZeroC), CToK(AbsoluteZeroC))
	c := FToC(212.0)
	fmt.Println(c.String(), c, float64(c))
	fmt.Printf("%v %s %g %.2f\n", c, c, c, c)
	fmt.Println(c == 100, Celsius(37) > FToC(98))
	for _, s := range []string{"100C", "-40F", "0K", "37.5°C", "451F", "hot", "12X", "--1C"} {
		t, err := parse(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(s, "=", t, "=", CToF(t), "=", CToK(t))
	}
	temps := []Celsius{-10, 0, 22.5}
	fmt.Println(temps)
	var x any = boilingF
	switch v := x.(type) {
	case Celsius:
		fmt.Println("celsius", v)
	case Fahrenheit:
		fmt.Println("fahrenheit", v, FToC(v))
	}
	var s fmt.Stringer = CToK(FreezingC)
	fmt.Println(s)
}
