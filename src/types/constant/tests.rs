//! Unit tests for exact constants. Every expected value was printed by real Go 1.27
//! (`go build -gcflags=-e` for the error-message forms, `go run` for values).

use super::float::format_g;
use super::*;
use crate::syntax::ast::LitKind;

fn lit(raw: &str) -> Value {
    let kind = if raw.ends_with('i') {
        LitKind::Imag
    } else if raw.starts_with('\'') {
        LitKind::Char
    } else if raw.starts_with('"') || raw.starts_with('`') {
        LitKind::String
    } else if raw.contains(['.', 'p', 'P']) || (!raw.starts_with("0x") && raw.contains(['e', 'E']))
    {
        LitKind::Float
    } else {
        LitKind::Int
    };
    Value::from_literal(kind, raw).unwrap_or_else(|| panic!("bad literal {raw}"))
}

fn bin(x: &Value, op: BinOp, y: &Value) -> Value {
    let int_div = x.kind() == Kind::Int && y.kind() == Kind::Int;
    binary_op(x, op, y, int_div).expect("binary op")
}

/// `x op y` with untyped-constant rules (no integer division for `/`).
fn fbin(x: &Value, op: BinOp, y: &Value) -> Value {
    binary_op(x, op, y, false).expect("binary op")
}

#[test]
fn formats_like_gc() {
    // `cannot use X (untyped float constant V) ...`: V as gc printed it.
    let cases = [
        ("1e100", "1e+100"),
        ("3.14159265358979323846264338327950288", "3.14159"),
        ("1000.0", "1000"),
        ("123456789.5", "1.23457e+08"),
        ("2e20", "2e+20"),
        ("1e400", "1e+400"),
        ("12345678901234567890.0", "1.23457e+19"),
        ("0.000001234", "1.234e-06"),
        ("1e-7", "1e-07"),
        ("100000.5", "100000.5"),
        ("1000000.5", "1.0000005e+06"),
        ("1.5", "1.5"),
        ("0.1", "0.1"),
        ("2.5e-10", "2.5e-10"),
        ("1e-100", "1e-100"),
        ("1e39", "1e+39"),
    ];
    for (src, want) in cases {
        assert_eq!(lit(src).to_string(), want, "{src}");
    }
    assert_eq!(
        unary_op(UnOp::Neg, &lit("1.0"), 0).unwrap().to_string(),
        "-1"
    );
    assert_eq!(
        unary_op(UnOp::Neg, &lit("1e400"), 0).unwrap().to_string(),
        "-1e+400"
    );
    assert_eq!(
        unary_op(UnOp::Neg, &lit("1e100"), 0).unwrap().to_string(),
        "-1e+100"
    );
    assert_eq!(
        fbin(&lit("0.1"), BinOp::Add, &lit("0.2")).to_string(),
        "0.3"
    );
    assert_eq!(
        fbin(&lit("1"), BinOp::Quo, &lit("3.0")).to_string(),
        "0.333333"
    );
    assert_eq!(
        fbin(&lit("1e21"), BinOp::Add, &lit("0.5")).to_string(),
        "1e+21"
    );
    assert_eq!(
        fbin(&lit("1e6"), BinOp::Add, &lit("0.5")).to_string(),
        "1.0000005e+06"
    );
    let f = fbin(&lit("3.4028235e38"), BinOp::Mul, &lit("1.0000001"));
    assert_eq!(f.to_string(), "3.40282e+38");
    assert_eq!(lit("1e100i").to_string(), "(0 + 1e+100i)");
    assert_eq!(
        fbin(&lit("1"), BinOp::Add, &lit("2i")).to_string(),
        "(1 + 2i)"
    );
    assert_eq!(lit("3i").to_string(), "(0 + 3i)");
    // Ints in decimal, however large.
    let big = shift(&lit("1"), BinOp::Shl, 100).unwrap();
    assert_eq!(big.to_string(), "1267650600228229401496703205376");
    let b4 = bin(
        &bin(&big, BinOp::Mul, &big),
        BinOp::Mul,
        &bin(&big, BinOp::Mul, &big),
    );
    assert_eq!(
        b4.to_string(),
        "2582249878086908589655919172003011874329705792829223512830659356540647622016841194629645353280137831435903171972747493376"
    );
    assert_eq!(
        shift(&lit("1"), BinOp::Shl, 63).unwrap().to_string(),
        "9223372036854775808"
    );
    // Runes are ints: `'a' * 2 (untyped rune constant 194)`.
    assert_eq!(bin(&lit("'a'"), BinOp::Mul, &lit("2")).to_string(), "194");
    assert_eq!(lit("'€'").to_string(), "8364");
    assert_eq!(Value::Bool(true).to_string(), "true");
}

#[test]
fn formats_strings_like_gc() {
    let s = fbin(&lit("\"abc\""), BinOp::Add, &lit("\"def\""));
    assert_eq!(s.to_string(), "\"abcdef\"");
    let long = lit(
        "\"long string long string long string long string long string long string long string\"",
    );
    assert_eq!(
        long.to_string(),
        "\"long string long string long string long string long string long str..."
    );
    // gc omits the value when it reads as the literal does: `"a\x00\xff☺\n"`.
    assert_eq!(lit(r#""a\x00\xff☺\n""#).to_string(), r#""a\x00\xff☺\n""#);
    assert_eq!(lit(r#""\u00e9\t""#).string_val(), Some("é\t".as_bytes()));
    assert_eq!(lit("`a\\n\r`").string_val(), Some(&b"a\\n"[..]));
    assert_eq!(lit(r"'\n'"), Value::int(10));
    assert_eq!(lit(r"'\xff'"), Value::int(255));
    assert_eq!(lit(r"'\377'"), Value::int(255));
    assert_eq!(lit(r"'\u12e4'"), Value::int(0x12e4));
    assert_eq!(lit(r"'\''"), Value::int(39));
}

#[test]
fn format_g_matches_strconv() {
    // fmt.Printf("%.6g|%g\n", x, x) in real Go.
    let cases: [(f64, &str, &str); 22] = [
        (1234565.0, "1.23456e+06", "1.234565e+06"),
        (1234575.0, "1.23458e+06", "1.234575e+06"),
        (0.000123456789, "0.000123457", "0.000123456789"),
        (1e-5, "1e-05", "1e-05"),
        (123456.0, "123456", "123456"),
        (1234567.0, "1.23457e+06", "1.234567e+06"),
        (100.0, "100", "100"),
        (1e6, "1e+06", "1e+06"),
        (0.1, "0.1", "0.1"),
        (1.0 / 3.0, "0.333333", "0.3333333333333333"),
        (2.5, "2.5", "2.5"),
        (1e21, "1e+21", "1e+21"),
        (1e20, "1e+20", "1e+20"),
        (123456789012.0, "1.23457e+11", "1.23456789012e+11"),
        (5e-324, "4.94066e-324", "5e-324"),
        (
            1.7976931348623157e308,
            "1.79769e+308",
            "1.7976931348623157e+308",
        ),
        (0.3, "0.3", "0.3"),
        (
            3.4028234663852886e38,
            "3.40282e+38",
            "3.4028234663852886e+38",
        ),
        (1e-7, "1e-07", "1e-07"),
        (12345.5, "12345.5", "12345.5"),
        (999999.95, "1e+06", "999999.95"),
        (999999.5, "1e+06", "999999.5"),
    ];
    for (x, g6, g) in cases {
        assert_eq!(format_g(x, Some(6)), g6, "%.6g of {x}");
        assert_eq!(format_g(x, None), g, "%g of {x}");
    }
    assert_eq!(format_g(0.0, None), "0");
    assert_eq!(format_g(-2.5, Some(6)), "-2.5");
}

#[test]
fn exact_arithmetic() {
    // const c = 0.1 + 0.2; c == 0.3 is true.
    let c = fbin(&lit("0.1"), BinOp::Add, &lit("0.2"));
    assert!(compare(&c, BinOp::Eql, &lit("0.3")));
    // 1.0/3*3 is exactly 1 (gc accepts `var _ int = 1.0 / 3 * 3`).
    let one = fbin(
        &fbin(&lit("1.0"), BinOp::Quo, &lit("3")),
        BinOp::Mul,
        &lit("3"),
    );
    assert_eq!(representable(&one, BasicKind::Int), Ok(Value::int(1)));
    // math.MaxUint64 arithmetic.
    let m = bin(
        &shift(&lit("1"), BinOp::Shl, 64).unwrap(),
        BinOp::Sub,
        &lit("1"),
    );
    assert_eq!(
        representable(&m, BasicKind::Uint64).unwrap().uint64_val(),
        Some(u64::MAX)
    );
    assert_eq!(
        bin(&m, BinOp::Quo, &lit("3")).to_string(),
        "6148914691236517205"
    );
    assert_eq!(bin(&m, BinOp::Rem, &lit("7")).to_string(), "1");
    assert_eq!(representable(&m, BasicKind::Int64), Err(Reason::Overflow));
    // 1<<63 - 1 is MaxInt64.
    let max = bin(
        &shift(&lit("1"), BinOp::Shl, 63).unwrap(),
        BinOp::Sub,
        &lit("1"),
    );
    assert_eq!(max.int64_val(), Some(i64::MAX));
    // Truncated division and remainder, arithmetic shift, complement.
    let m7 = Value::int(-7);
    assert_eq!(bin(&m7, BinOp::Quo, &lit("2")), Value::int(-3));
    assert_eq!(bin(&m7, BinOp::Rem, &lit("2")), Value::int(-1));
    assert_eq!(shift(&m7, BinOp::Shr, 1).unwrap(), Value::int(-4));
    assert_eq!(unary_op(UnOp::Xor, &lit("5"), 0).unwrap(), Value::int(-6));
    assert_eq!(unary_op(UnOp::Xor, &lit("5"), 8).unwrap(), Value::int(250));
    assert_eq!(bin(&lit("5"), BinOp::AndNot, &lit("3")), Value::int(4));
    assert_eq!(bin(&lit("12"), BinOp::Xor, &lit("10")), Value::int(6));
    assert_eq!(bin(&Value::int(-12), BinOp::And, &lit("10")), Value::int(0));
    // Untyped int / int without integer division is exact.
    let half = binary_op(&lit("1"), BinOp::Quo, &lit("2"), false).unwrap();
    assert_eq!(half.to_string(), "0.5");
    assert_eq!(
        binary_op(&lit("1"), BinOp::Quo, &lit("2"), true).unwrap(),
        Value::int(0)
    );
    // Complex arithmetic.
    let z = fbin(&lit("1"), BinOp::Add, &lit("2i"));
    let q = fbin(&z, BinOp::Quo, &z);
    assert_eq!(q.to_int(), Value::int(1));
    assert_eq!(fbin(&z, BinOp::Mul, &z).to_string(), "(-3 + 4i)");
    // Strings and bools.
    assert!(compare(&lit("\"abc\""), BinOp::Lss, &lit("\"abd\"")));
    assert_eq!(
        binary_op(&Value::Bool(true), BinOp::LAnd, &Value::Bool(false), false),
        Ok(Value::Bool(false))
    );
    assert_eq!(
        unary_op(UnOp::Not, &Value::Bool(false), 0),
        Ok(Value::Bool(true))
    );
    // Mixed kinds compare after matching.
    assert!(compare(&lit("2"), BinOp::Eql, &lit("2.0")));
    assert!(compare(&lit("2"), BinOp::Lss, &lit("2.5")));
    assert!(compare(&lit("2.0"), BinOp::Eql, &lit("2").to_complex()));
}

#[test]
fn errors_and_unknown() {
    assert_eq!(
        binary_op(&lit("1"), BinOp::Quo, &lit("0"), true),
        Err(ConstError::DivByZero)
    );
    assert_eq!(
        binary_op(&lit("1.0"), BinOp::Quo, &lit("0"), false),
        Err(ConstError::DivByZero)
    );
    assert_eq!(
        binary_op(&lit("1"), BinOp::Rem, &lit("0"), true),
        Err(ConstError::DivByZero)
    );
    // 1 << 100000000: `invalid shift count`, at once.
    assert_eq!(
        shift(&lit("1"), BinOp::Shl, 100_000_000),
        Err(ConstError::ShiftCount)
    );
    assert_eq!(
        shift(&lit("1"), BinOp::Shl, 1075),
        Err(ConstError::ShiftCount)
    );
    // 2.0 << 1074 shifts, then is too large: gc's `constant shift overflow`.
    let h = shift(&lit("2.0"), BinOp::Shl, 1074).unwrap();
    assert!(h.int_too_large());
    assert_eq!(shift(&lit("1.5"), BinOp::Shl, 2), Err(ConstError::Invalid));
    // 1<<511 fits in 512 bits; doubling it does not (`constant multiplication overflow`).
    let d = shift(&lit("1"), BinOp::Shl, 511).unwrap();
    assert!(!d.int_too_large());
    assert!(bin(&d, BinOp::Mul, &lit("2")).int_too_large());
    // Unknown propagates.
    let u = Value::Unknown;
    assert_eq!(
        binary_op(&u, BinOp::Add, &lit("1"), false),
        Ok(Value::Unknown)
    );
    assert_eq!(unary_op(UnOp::Neg, &u, 0), Ok(Value::Unknown));
    assert_eq!(shift(&u, BinOp::Shl, 3), Ok(Value::Unknown));
    assert!(!compare(&u, BinOp::Eql, &u));
    assert_eq!(representable(&u, BasicKind::Int8), Ok(Value::Unknown));
    // Repeated squaring of a float stays bounded and ends in an error, not a hang.
    let mut f = lit("1e300");
    let mut overflowed = false;
    for _ in 0..40 {
        match binary_op(&f, BinOp::Mul, &f, false) {
            Ok(v) => f = v,
            Err(e) => {
                assert_eq!(e, ConstError::Overflow);
                overflowed = true;
                break;
            }
        }
    }
    assert!(overflowed);
    // So does repeated squaring of an int (the checker stops it at 512 bits anyway).
    let mut i = lit("3");
    let mut int_overflow = false;
    for _ in 0..40 {
        match binary_op(&i, BinOp::Mul, &i, false) {
            Ok(v) => i = v,
            Err(_) => {
                int_overflow = true;
                break;
            }
        }
    }
    assert!(int_overflow);
    // And string doubling.
    let mut s = lit("\"abcdefgh\"");
    let mut long = false;
    for _ in 0..40 {
        match binary_op(&s, BinOp::Add, &s, false) {
            Ok(v) => s = v,
            Err(_) => {
                long = true;
                break;
            }
        }
    }
    assert!(long);
    // Absurd literals are rejected rather than computed.
    assert_eq!(Value::from_literal(LitKind::Float, "1e1000000000"), None);
}

#[test]
fn representability() {
    use BasicKind::*;
    let t = Err(Reason::Truncated);
    let o = Err(Reason::Overflow);
    let inv = Err(Reason::Invalid);
    let cases: Vec<(Value, BasicKind, Result<(), Reason>)> = vec![
        (lit("1e100"), Int, t),
        (lit("300"), Uint8, o),
        (Value::int(-1), Uint, o),
        (lit("1.5"), Int, t),
        (bin(&lit("'a'"), BinOp::Mul, &lit("2")), Int8, o),
        (lit("0.1"), Int32, t),
        (lit("1e100"), Float32, o),
        (shift(&lit("1"), BinOp::Shl, 100).unwrap(), Int, o),
        (lit("1000.0"), Uint8, t),
        (lit("\"five\""), Int, inv),
        (lit("5.5"), String, inv),
        (lit("1e-100"), Int, t),
        (lit("2e20"), Int, t),
        (shift(&lit("1"), BinOp::Shl, 63).unwrap(), Int64, o),
        (lit("1e100i"), Complex64, o),
        (fbin(&lit("1"), BinOp::Add, &lit("2i")), Int, t),
        (lit("'€'"), Uint8, o),
        (lit("1e400"), Float64, o),
        (Value::Bool(true), Int, inv),
        (unary_op(UnOp::Neg, &lit("1.0"), 0).unwrap(), Uint, t),
        (lit("3i"), Int, t),
        (lit("1e39"), Complex64, o),
        (Value::int(-129), Int8, o),
        // Representable ones.
        (Value::int(-128), Int8, Ok(())),
        (Value::int(255), Uint8, Ok(())),
        (lit("'a'"), Int, Ok(())),
        (fbin(&lit("1e500"), BinOp::Mul, &lit("0")), Int, Ok(())),
        (
            fbin(&lit("3.4028235e38"), BinOp::Mul, &lit("1.00000001")),
            Float32,
            Ok(()),
        ),
        (unary_op(UnOp::Neg, &lit("0.0"), 0).unwrap(), Int, Ok(())),
        (lit("1e100"), UntypedFloat, Ok(())),
        (lit("2.0"), UntypedInt, Ok(())),
        (lit("1e308"), Float64, Ok(())),
        (lit("\"s\""), UntypedString, Ok(())),
        (m_uint64(), Uint64, Ok(())),
        (m_uint64(), Uintptr, Ok(())),
        (lit("1.0"), Complex128, Ok(())),
        (lit("2i"), Complex64, Ok(())),
        (lit("2i"), Float64, o),
    ];
    for (v, k, want) in cases {
        assert_eq!(representable(&v, k).map(|_| ()), want, "{v} as {k:?}");
    }
    assert_eq!(representable(&lit("1000.0"), Int), Ok(Value::int(1000)));
}

fn m_uint64() -> Value {
    Value::uint(u64::MAX)
}

#[test]
fn float32_rounding() {
    // float32(0.1) is 0.10000000149011612 as a float64.
    let f = representable(&lit("0.1"), BasicKind::Float32).unwrap();
    assert_eq!(f.float64_val(), Some((0.10000000149011612, true)));
    assert_eq!(f.float32_val(), Some((0.1f32, true)));
    // const f32 float32 = 0.1; f32 == 0.1 is true (0.1 converts to float32 too).
    let g = representable(&lit("0.1"), BasicKind::Float32).unwrap();
    assert!(compare(&f, BinOp::Eql, &g));
    // float32(16777217) prints 1.6777216e+07.
    let h = representable(&lit("16777217"), BasicKind::Float32).unwrap();
    assert_eq!(h.float64_val(), Some((16777216.0, true)));
    // Directly rounded: 1 + 2^-24 + 2^-60 rounds up in float32, whereas rounding through
    // float64 first would give a tie that rounds to even (1).
    let x = fbin(
        &fbin(&lit("1"), BinOp::Add, &lit("0x1p-24")),
        BinOp::Add,
        &lit("0x1p-60"),
    );
    let r = representable(&x, BasicKind::Float32).unwrap();
    assert_eq!(r.float32_val(), Some((1.0 + f32::EPSILON, true)));
    // Subnormals and the largest values.
    let tiny = representable(&lit("1e-45"), BasicKind::Float32).unwrap();
    assert_eq!(tiny.float32_val(), Some((f32::from_bits(1), true)));
    assert_eq!(
        representable(&lit("5e-324"), BasicKind::Float64)
            .unwrap()
            .float64_val(),
        Some((f64::from_bits(1), true))
    );
    assert_eq!(lit("1e-400").float64_val(), Some((0.0, false)));
    assert_eq!(
        lit("1.7976931348623157e308").float64_val().map(|p| p.0),
        Some(f64::MAX)
    );
    assert_eq!(lit("1e309").float64_val(), Some((f64::INFINITY, false)));
    assert_eq!(lit("0.1").float64_val(), Some((0.1, false)));
    assert_eq!(lit("0x1.8p1").float64_val(), Some((3.0, true)));
}

#[test]
fn conversions_and_literals() {
    assert_eq!(lit("0x1F"), Value::int(31));
    assert_eq!(lit("0o17"), Value::int(15));
    assert_eq!(lit("017"), Value::int(15));
    assert_eq!(lit("0b1010"), Value::int(10));
    assert_eq!(lit("1_000_000"), Value::int(1_000_000));
    assert_eq!(lit("0"), Value::int(0));
    assert_eq!(lit("0123i"), Value::make_imag(&Value::int(123)));
    assert_eq!(lit("0x10i"), Value::make_imag(&Value::int(16)));
    assert_eq!(lit(".5").to_string(), "0.5");
    assert_eq!(lit("1.").to_string(), "1");
    assert_eq!(lit("0x.8p1").to_int(), Value::int(1));
    assert_eq!(lit("1_0.2_5").to_string(), "10.25");
    assert_eq!(lit("1.5").to_int(), Value::Unknown);
    assert_eq!(lit("1e3").to_int(), Value::int(1000));
    assert_eq!(lit("2").to_float().kind(), Kind::Float);
    assert_eq!(lit("2").to_complex().kind(), Kind::Complex);
    assert_eq!(lit("2i").to_float(), Value::Unknown);
    assert_eq!(lit("2i").imag().to_int(), Value::int(2));
    assert_eq!(Value::string("x").to_int(), Value::Unknown);
    // string(rune): invalid code points become U+FFFD.
    assert_eq!(string_from_rune(&lit("'a'")), Value::string("a"));
    assert_eq!(string_from_rune(&Value::int(0x263a)), Value::string("☺"));
    assert_eq!(string_from_rune(&Value::int(-1)), Value::string("\u{FFFD}"));
    assert_eq!(
        string_from_rune(&Value::int(0xD800)),
        Value::string("\u{FFFD}")
    );
    assert_eq!(
        string_from_rune(&Value::int(0x110000)),
        Value::string("\u{FFFD}")
    );
    // Exact strings.
    assert_eq!(lit("0.1").exact_string(), "1/10");
    assert_eq!(lit("2.0").exact_string(), "2");
    assert_eq!(Value::int(-5).sign(), -1);
    assert_eq!(lit("0.0").sign(), 0);
    // Big floats beyond the exact range are rounded, and still compute sensibly.
    let big = lit("1e2000");
    let back = fbin(
        &fbin(&big, BinOp::Mul, &lit("1e-2000")),
        BinOp::Add,
        &lit("0"),
    );
    assert_eq!(back.to_int(), Value::int(1));
    assert_eq!(big.to_string(), "1e+2000");
}

#[test]
fn huge_literals_stay_cheap() {
    let start = std::time::Instant::now();
    // A 300-digit integer is too large (gc: `constant overflow`), so is a 1M-digit one,
    // which is not even parsed.
    assert!(lit(&"9".repeat(300)).int_too_large());
    assert!(lit(&"7".repeat(1_000_000)).int_too_large());
    assert_eq!(lit(&format!("{}1", "0".repeat(5000))), Value::int(0o1));
    // A float with a million digits keeps 10000 of them.
    let f = lit(&format!("1.{}", "3".repeat(1_000_000)));
    assert_eq!(f.to_string(), "1.33333");
    let g = lit(&format!("0.{}5", "0".repeat(100)));
    assert_eq!(g.to_string(), "5e-101");
    // Exponents beyond the limit are refused rather than computed.
    assert_eq!(
        Value::from_literal(LitKind::Float, &format!("0.{}1", "0".repeat(1_000_000))),
        None
    );
    assert_eq!(Value::from_literal(LitKind::Float, "1e100000"), None);
    assert_eq!(Value::from_literal(LitKind::Float, "0x1p100000"), None);
    assert!(start.elapsed().as_secs() < 20, "took {:?}", start.elapsed());
}
