//! Natives of `math`: the few functions Go itself computes outside Go code on amd64 —
//! single instructions (Sqrt, FMA, the SSE4 roundings) and the assembly of `archExp`,
//! `archLog` and `archHypot`, ported here instruction by instruction so that results are
//! Go's bit for bit. Everything else in `math` is Go's own source, embedded under
//! `src/stdlib/go/math`, and runs on the VM.
//!
//! Invariant: every function here gives the bits Go 1.27 on amd64 gives, NaN payloads
//! included (Go's NaN is 0x7FF8000000000001).

// The constants are written as Go's sources write them, digits beyond f64's included.
#![allow(clippy::excessive_precision)]

use crate::vm::program::NativeFn;
use crate::vm::value;

const POS_INF: u64 = 0x7FF0_0000_0000_0000;
const NEG_INF: u64 = 0xFFF0_0000_0000_0000;
const GO_NAN: u64 = 0x7FF8_0000_0000_0001;
const SIGN: u64 = 1 << 63;

pub fn lookup(name: &str) -> Option<(u16, NativeFn)> {
    macro_rules! m1 {
        ($g:expr) => {
            (1, |_, w| {
                w[0] = ($g)(value::f(w[0])).to_bits();
                Ok(())
            })
        };
    }
    let r: (u16, NativeFn) = match name.strip_prefix("math.")? {
        "Ceil" => m1!(f64::ceil),
        "Floor" => m1!(f64::floor),
        "Trunc" => m1!(f64::trunc),
        "Round" => m1!(f64::round),
        "RoundToEven" => m1!(f64::round_ties_even),
        "Sqrt" => m1!(f64::sqrt),
        "archExp" => (1, |_, w| {
            w[0] = arch_exp(w[0]);
            Ok(())
        }),
        "archLog" => (1, |_, w| {
            w[0] = arch_log(w[0]);
            Ok(())
        }),
        "archHypot" => (2, |_, w| {
            w[0] = arch_hypot(w[0], w[1]);
            Ok(())
        }),
        "FMA" => (3, |_, w| {
            w[0] = value::f(w[0])
                .mul_add(value::f(w[1]), value::f(w[2]))
                .to_bits();
            Ok(())
        }),
        "Float64bits" | "Float64frombits" => (1, |_, _| Ok(())),
        "Float32bits" => (1, |_, w| {
            w[0] = (value::f(w[0]) as f32).to_bits() as u64;
            Ok(())
        }),
        "Float32frombits" => (1, |_, w| {
            w[0] = (f32::from_bits(w[0] as u32) as f64).to_bits();
            Ok(())
        }),
        _ => return None,
    };
    Some(r)
}

/// Whether Go's `math.useFMA` holds on this machine (`cpu.X86.HasAVX && HasFMA`).
fn use_fma() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::arch::is_x86_feature_detected!("avx") && std::arch::is_x86_feature_detected!("fma")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// CVTSD2SL: to int32 rounding to nearest even; out of range or NaN gives 0x80000000.
fn cvtsd2sl(x: f64) -> i32 {
    let r = x.round_ties_even();
    if r.is_nan() || r < i32::MIN as f64 || r > i32::MAX as f64 {
        i32::MIN
    } else {
        r as i32
    }
}

/// Go's `archExp` (src/math/exp_amd64.s): a reduced argument's Taylor series, squared
/// four times, scaled by 2**k.
fn arch_exp(bits: u64) -> u64 {
    const LOG2E: f64 = std::f64::consts::LOG2_E;
    const LN2U: f64 = 0.693_147_180_559_662_956_511_601_805_686_950_683_593_75;
    const LN2L: f64 = 0.282_352_905_630_315_771_225_884_481_750_134_360_255_254_120_68e-12;
    const OVERFLOW: f64 = 7.097_827_128_933_84e2;
    const C: [f64; 9] = [
        0.5,
        1.0,
        2.0,
        1.666_666_666_666_666_666_7e-1,
        4.166_666_666_666_666_666_7e-2,
        8.333_333_333_333_333_333_3e-3,
        1.388_888_888_888_888_888_9e-3,
        1.984_126_984_126_984_127e-4,
        2.480_158_730_158_730_158_7e-5,
    ];
    if bits & !SIGN >= POS_INF {
        return if bits == NEG_INF { 0 } else { bits };
    }
    let mut x0 = f64::from_bits(bits);
    if x0 > OVERFLOW {
        return POS_INF;
    }
    let k = cvtsd2sl(LOG2E * x0);
    let x1 = k as f64;
    if use_fma() {
        x0 = (-x1).mul_add(LN2U, x0);
        x0 = (-x1).mul_add(LN2L, x0);
        x0 *= 0.0625;
        let mut t = C[8];
        for c in [C[7], C[6], C[5], C[4], C[3], C[0], C[1]] {
            t = t.mul_add(x0, c);
        }
        x0 *= t;
        for _ in 0..3 {
            let t = x0 + C[2];
            x0 *= t;
        }
        let t = x0 + C[2];
        x0 = x0.mul_add(t, C[1]);
    } else {
        x0 -= x1 * LN2U;
        x0 -= x1 * LN2L;
        x0 *= 0.0625;
        let mut t = C[8];
        for c in [C[7], C[6], C[5], C[4], C[3], C[0], C[1]] {
            t = t * x0 + c;
        }
        x0 *= t;
        for _ in 0..4 {
            let t = C[2] + x0;
            x0 *= t;
        }
        x0 += C[1];
    }
    // ldexp: fr * 2**k.
    let mut e = k.wrapping_add(0x3FF);
    if e <= 0 {
        if e < -52 {
            return 0;
        }
        e = e.wrapping_add(0x3FE);
        x0 *= f64::from_bits((e as u32 as u64) << 52);
        e = 1;
    } else if e >= 0x7FF {
        return POS_INF;
    }
    (x0 * f64::from_bits((e as u32 as u64) << 52)).to_bits()
}

/// Go's `archLog` (src/math/log_amd64.s): FreeBSD's algorithm on the frexp of x, whose
/// exponent it takes from the bits directly (so subnormals are not normalized first).
fn arch_log(bits: u64) -> u64 {
    const HSQRT2: f64 = std::f64::consts::FRAC_1_SQRT_2; // 7.07106781186547524401e-01
    const LN2HI: f64 = 6.931_471_803_691_238_164_90e-1;
    const LN2LO: f64 = 1.908_214_929_270_587_700_02e-10;
    const L1: f64 = 6.666_666_666_666_735_130e-1;
    const L2: f64 = 3.999_999_999_940_941_908e-1;
    const L3: f64 = 2.857_142_874_366_239_149e-1;
    const L4: f64 = 2.222_219_843_214_978_396e-1;
    const L5: f64 = 1.818_357_216_161_805_012e-1;
    const L6: f64 = 1.531_383_769_920_937_332e-1;
    const L7: f64 = 1.479_819_860_511_658_591e-1;
    if bits & !SIGN == 0 {
        return NEG_INF;
    }
    if (bits as i64) < 0 {
        return GO_NAN;
    }
    if bits >= POS_INF {
        return bits;
    }
    let mut f1 = f64::from_bits((bits & 0x000F_FFFF_FFFF_FFFF) | 0.5f64.to_bits());
    let mut k = (((bits >> 52) & 0x7FF) as i32 - 0x3FE) as f64;
    // CMPSD $5 (not less than): !(HSqrt2 < f1); f1 is never NaN here.
    if f1 <= HSQRT2 {
        k -= 1.0;
        f1 *= 2.0;
    }
    let f = f1 - 1.0;
    let s = f / (2.0 + f);
    let s2 = s * s;
    let s4 = s2 * s2;
    let t1 = s2 * (((L7 * s4 + L5) * s4 + L3) * s4 + L1);
    let t2 = s4 * ((L6 * s4 + L4) * s4 + L2);
    let r = t1 + t2;
    let hfsq = 0.5 * f * f;
    let x3 = s * (r + hfsq) + LN2LO * k;
    let x0 = (hfsq - x3) - f;
    (k * LN2HI - x0).to_bits()
}

/// Go's `archHypot` (src/math/hypot_amd64.s): max * sqrt(1 + (min/max)**2).
fn arch_hypot(p: u64, q: u64) -> u64 {
    let (p, q) = (p & !SIGN, q & !SIGN);
    if p >= POS_INF || q >= POS_INF {
        return if p == POS_INF || q == POS_INF {
            POS_INF
        } else {
            GO_NAN
        };
    }
    if p | q == 0 {
        return 0;
    }
    let (p, q) = (f64::from_bits(p), f64::from_bits(q));
    let (max, min) = if p > q { (p, q) } else { (q, p) };
    let r = min / max;
    (max * (r * r + 1.0).sqrt()).to_bits()
}
