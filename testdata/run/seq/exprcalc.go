// run

// The book's expression evaluator (ch. 7): an Expr interface with Eval and Check,
// a recursive-descent parser, and error reporting.
package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

type Var string
type literal float64
type unary struct {
	op rune
	x  Expr
}
type binary struct {
	op   rune
	x, y Expr
}
type call struct {
	fn   string
	args []Expr
}

type Env map[Var]float64

type Expr interface {
	Eval(env Env) float64
	String() string
}

func (v Var) Eval(env Env) float64     { return env[v] }
func (l literal) Eval(_ Env) float64   { return float64(l) }
func (u unary) Eval(env Env) float64 {
	switch u.op {
	case '+':
		return +u.x.Eval(env)
	case '-':
		return -u.x.Eval(env)
	}
	panic(fmt.Sprintf("unsupported unary operator: %q", u.op))
}
func (b binary) Eval(env Env) float64 {
	switch b.op {
	case '+':
		return b.x.Eval(env) + b.y.Eval(env)
	case '-':
		return b.x.Eval(env) - b.y.Eval(env)
	case '*':
		return b.x.Eval(env) * b.y.Eval(env)
	case '/':
		return b.x.Eval(env) / b.y.Eval(env)
	}
	panic(fmt.Sprintf("unsupported binary operator: %q", b.op))
}
func (c call) Eval(env Env) float64 {
	switch c.fn {
	case "pow":
		return math.Pow(c.args[0].Eval(env), c.args[1].Eval(env))
	case "sin":
		return math.Sin(c.args[0].Eval(env))
	case "sqrt":
		return math.Sqrt(c.args[0].Eval(env))
	}
	panic(fmt.Sprintf("unsupported function call: %s", c.fn))
}

func (v Var) String() string     { return string(v) }
func (l literal) String() string { return strconv.FormatFloat(float64(l), 'g', -1, 64) }
func (u unary) String() string   { return fmt.Sprintf("(%c%s)", u.op, u.x) }
func (b binary) String() string  { return fmt.Sprintf("(%s %c %s)", b.x, b.op, b.y) }
func (c call) String() string {
	parts := make([]string, len(c.args))
	for i, a := range c.args {
		parts[i] = a.String()
	}
	return c.fn + "(" + strings.Join(parts, ", ") + ")"
}

// A tiny lexer and parser.
type parser struct {
	toks []string
	pos  int
}

func tokenize(s string) []string {
	var toks []string
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ':
			i++
		case strings.ContainsRune("+-*/(),", rune(c)):
			toks = append(toks, string(c))
			i++
		default:
			j := i
			for j < len(s) && !strings.ContainsRune(" +-*/(),", rune(s[j])) {
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		}
	}
	return toks
}

type lexPanic string

func (p *parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}
func (p *parser) next() string { t := p.peek(); p.pos++; return t }

func precedence(op string) int {
	switch op {
	case "*", "/":
		return 2
	case "+", "-":
		return 1
	}
	return 0
}

func (p *parser) parseExpr(prec1 int) Expr {
	lhs := p.parseUnary()
	for prec := precedence(p.peek()); prec >= prec1; prec-- {
		for precedence(p.peek()) == prec {
			op := p.next()
			rhs := p.parseExpr(prec + 1)
			lhs = binary{rune(op[0]), lhs, rhs}
		}
	}
	return lhs
}

func (p *parser) parseUnary() Expr {
	if t := p.peek(); t == "+" || t == "-" {
		p.next()
		return unary{rune(t[0]), p.parseUnary()}
	}
	return p.parsePrimary()
}

func (p *parser) parsePrimary() Expr {
	t := p.next()
	if t == "(" {
		e := p.parseExpr(1)
		if t := p.next(); t != ")" {
			panic(lexPanic(fmt.Sprintf("got %q, want ')'", t)))
		}
		return e
	}
	if t == "" {
		panic(lexPanic("unexpected end of input"))
	}
	if f, err := strconv.ParseFloat(t, 64); err == nil {
		return literal(f)
	}
	if p.peek() == "(" {
		p.next()
		var args []Expr
		for p.peek() != ")" {
			args = append(args, p.parseExpr(1))
			if p.peek() == "," {
				p.next()
			}
		}
		p.next()
		return call{t, args}
	}
	return Var(t)
}

func Parse(input string) (_ Expr, err error) {
	defer func() {
		switch x := recover().(type) {
		case nil:
		case lexPanic:
			err = fmt.Errorf("%s", x)
		default:
			panic(x)
		}
	}()
	p := &parser{toks: tokenize(input)}
	e := p.parseExpr(1)
	if p.pos != len(p.toks) {
		return nil, fmt.Errorf("unexpected %s", p.peek())
	}
	return e, nil
}

func main() {
	tests := []struct {
		expr string
		env  Env
	}{
		{"sqrt(A / pi)", Env{"A": 87616, "pi": math.Pi}},
		{"pow(x, 3) + pow(y, 3)", Env{"x": 12, "y": 1}},
		{"pow(x, 3) + pow(y, 3)", Env{"x": 9, "y": 10}},
		{"5 / 9 * (F - 32)", Env{"F": -40}},
		{"5 / 9 * (F - 32)", Env{"F": 32}},
		{"-1 + -x * 2 - 3", Env{"x": 4}},
		{"1 / 0", nil},
		{"0 / 0 + y", nil},
		{"(1 + 2", nil},
		{"1 2", nil},
		{"", nil},
	}
	for _, test := range tests {
		e, err := Parse(test.expr)
		if err != nil {
			fmt.Printf("%q: error: %v\n", test.expr, err)
			continue
		}
		fmt.Printf("%s\t%v => %.6g\n", test.expr, e, e.Eval(test.env))
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	call{"log", nil}.Eval(nil)
}
