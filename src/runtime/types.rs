//! Run-time type descriptors (Go's `_type`/`itab` in miniature): what an interface's type
//! word means, how values of a type are compared and hashed (`==`, map keys), how they are
//! boxed into an interface, and which methods they have.
//!
//! # Invariants
//! 1. Type id 0 is the nil interface's type word; every other id indexes `TypeTable`.
//! 2. An interface's data word is 0 (nil interface) or a box object of `width` words with
//!    the dynamic type's own `layout` — pointer-shaped values too. Every use unboxes
//!    through `unbox`/`box_of`, which checks the box's layout against the type word's, so
//!    a torn interface (type word from one write, data word from another) is detected,
//!    never a wild access or a pointer read from a scalar slot; the VM's interface
//!    instructions first `repair` it to the box's own type (a value some write stored).
//! 3. Each type has its own `layout` object (compared by address), so two types never
//!    share one even when their shapes agree.
//!
//! # Design
//! The table is append-only and built by the compiler before the program runs (the VM and
//! the collector only read it), so it needs no lock. Methods are kept sorted by name id and
//! found by binary search; an itab cache can replace that if dynamic calls show up hot.

use super::heap::{Layout, ObjRef};
use crate::vm::value;

/// How one part of a comparable value is compared and hashed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EqKind {
    /// One word compared bit for bit (ints, bools, pointers, channels).
    Bits,
    /// One word holding an f64 (float32 is kept as f64): NaN != NaN, +0 == -0.
    Float,
    /// Two words: a string (compared by contents).
    Str,
    /// Two words: an interface (dynamic type, then value by that type's `eq`).
    Iface,
}

impl EqKind {
    pub fn words(self) -> usize {
        match self {
            EqKind::Bits | EqKind::Float => 1,
            EqKind::Str | EqKind::Iface => 2,
        }
    }
}

/// What kind of value a type has, as far as printing a panic value needs to know.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RtKind {
    Bool,
    Int,
    Uint,
    Float,
    /// float32 (kept as an f64 rounded to f32; printed with float32's shortest digits).
    Float32,
    /// complex128: two float words (real, imaginary).
    Complex,
    /// complex64: two float words, each rounded to float32.
    Complex64,
    String,
    Other,
}

/// A run-time type.
#[derive(Debug, Clone)]
pub struct RtType {
    /// The name Go prints (`int`, `string`, `*main.T`, `[]int`).
    pub name: String,
    pub kind: RtKind,
    /// A named type (`main.MyInt`): Go prints its panic values as `main.MyInt(3)`.
    pub named: bool,
    /// Width in words of a value of this type.
    pub width: u32,
    /// The layout of this type's box (and of `new(T)` objects).
    pub layout: &'static Layout,
    /// A pointer-shaped type (pointer, map, chan, func): a method called through an
    /// interface receives the value itself; for other types it receives the box.
    pub direct: bool,
    /// How values compare, part by part; `None` if the type is not comparable.
    pub eq: Option<Vec<EqKind>>,
    /// Methods as (name id, function id), sorted by name id.
    pub methods: Vec<(u32, u32)>,
}

/// All run-time types of a program, indexed by type id (id 0 is reserved for nil).
#[derive(Debug, Clone)]
pub struct TypeTable {
    pub types: Vec<RtType>,
}

impl Default for TypeTable {
    fn default() -> Self {
        TypeTable {
            types: vec![RtType {
                name: "nil".into(),
                kind: RtKind::Other,
                named: false,
                width: 0,
                layout: Layout::scalar("nil"),
                direct: true,
                eq: Some(vec![]),
                methods: vec![],
            }],
        }
    }
}

impl TypeTable {
    pub fn get(&self, tid: u64) -> Option<&RtType> {
        self.types.get(usize::try_from(tid).ok()?)
    }

    pub fn name(&self, tid: u64) -> &str {
        self.get(tid).map_or("?", |t| t.name.as_str())
    }

    /// Adds a type and returns its id.
    pub fn add(&mut self, t: RtType) -> u32 {
        let mut t = t;
        t.methods.sort_unstable();
        self.types.push(t);
        (self.types.len() - 1) as u32
    }

    /// The function implementing method `name` of type `tid`.
    pub fn method(&self, tid: u64, name: u32) -> Option<u32> {
        let ms = &self.get(tid)?.methods;
        ms.binary_search_by_key(&name, |m| m.0)
            .ok()
            .map(|i| ms[i].1)
    }

    /// Reads an interface's value into `out` (`width` words), checking the box; false
    /// (and `out` untouched) if the box is not the type's or `out` is not its width.
    pub fn unbox(&self, tid: u64, data: u64, out: &mut [u64]) -> bool {
        if self.get(tid).is_none_or(|t| t.width as usize != out.len()) {
            return false;
        }
        let Some(b) = self.box_of(tid, data) else {
            return false;
        };
        for (i, o) in out.iter_mut().enumerate() {
            *o = b.get(i).unwrap_or(0);
        }
        true
    }

    /// A torn interface value (invariant 2) made whole: when the type word and the box
    /// disagree, the type is the box's own (its layout names it, invariant 3), so a racy
    /// read gives a value that some write stored instead of a panic; a type word without
    /// a box is the nil interface some write stored. A value whose words agree is
    /// returned as is.
    pub fn repair(&self, tid: u64, data: u64) -> (u64, u64) {
        if data == 0 {
            let boxed = self.get(tid).is_some_and(|t| t.width > 0);
            return if tid != 0 && boxed {
                (0, 0)
            } else {
                (tid, data)
            };
        }
        if tid != 0 && self.box_of(tid, data).is_some() {
            return (tid, data);
        }
        // SAFETY: invariant 2: the data word is 0 or a box pointer.
        let Some(b) = (unsafe { ObjRef::from_word(data) }) else {
            return (tid, data);
        };
        let found =
            self.types.iter().enumerate().skip(1).find(|(_, t)| {
                std::ptr::eq(b.layout(), t.layout) && b.nwords() >= t.width as usize
            });
        match found {
            Some((i, _)) => (i as u64, data),
            None => (tid, data),
        }
    }

    /// The box of interface value (tid, data), checked against the type (invariant 2).
    pub fn box_of(&self, tid: u64, data: u64) -> Option<ObjRef> {
        let t = self.get(tid)?;
        // SAFETY: invariant 2: an interface's data word is 0 or a box pointer.
        let b = unsafe { ObjRef::from_word(data) }?;
        (std::ptr::eq(b.layout(), t.layout) && b.nwords() >= t.width as usize).then_some(b)
    }

    /// Compares two values whose parts are described by `eq`.
    pub fn equal(&self, eq: &[EqKind], a: &[u64], b: &[u64]) -> Result<bool, String> {
        let mut i = 0;
        for &k in eq {
            let n = k.words();
            let (Some(x), Some(y)) = (a.get(i..i + n), b.get(i..i + n)) else {
                return Ok(false);
            };
            let same = match k {
                EqKind::Bits => x[0] == y[0],
                EqKind::Float => f64::from_bits(x[0]) == f64::from_bits(y[0]),
                EqKind::Str => value::str_bytes(x[0], x[1]) == value::str_bytes(y[0], y[1]),
                EqKind::Iface => self.iface_equal(x[0], x[1], y[0], y[1])?,
            };
            if !same {
                return Ok(false);
            }
            i += n;
        }
        Ok(true)
    }

    /// Go's `==` on two interface values; errors for an uncomparable dynamic type.
    pub fn iface_equal(&self, t1: u64, d1: u64, t2: u64, d2: u64) -> Result<bool, String> {
        if t1 != t2 {
            return Ok(false);
        }
        if t1 == 0 {
            return Ok(true);
        }
        let Some(t) = self.get(t1) else {
            return Ok(false);
        };
        let Some(eq) = &t.eq else {
            return Err(format!(
                "runtime error: comparing uncomparable type {}",
                t.name
            ));
        };
        let w = t.width as usize;
        let (mut a, mut b) = (vec![0; w], vec![0; w]);
        if !self.unbox(t1, d1, &mut a) || !self.unbox(t2, d2, &mut b) {
            return Ok(false);
        }
        self.equal(eq, &a, &b)
    }

    /// Hashes a value described by `eq` (consistent with `equal`).
    pub fn hash(&self, eq: &[EqKind], v: &[u64], seed: u64) -> Result<u64, String> {
        let mut h = seed;
        let mut i = 0;
        for &k in eq {
            let n = k.words();
            let Some(x) = v.get(i..i + n) else { break };
            h = match k {
                EqKind::Bits => mix(h, x[0]),
                EqKind::Float => {
                    let f = f64::from_bits(x[0]);
                    if f.is_nan() {
                        // Go hashes NaN randomly; it is never found again anyway.
                        mix(h, random_u64())
                    } else if f == 0.0 {
                        mix(h, 0)
                    } else {
                        mix(h, x[0])
                    }
                }
                EqKind::Str => hash_bytes(h, value::str_bytes(x[0], x[1])),
                EqKind::Iface => self.iface_hash(x[0], x[1], h)?,
            };
            i += n;
        }
        Ok(h)
    }

    fn iface_hash(&self, tid: u64, data: u64, h: u64) -> Result<u64, String> {
        let h = mix(h, tid);
        if tid == 0 {
            return Ok(h);
        }
        let Some(t) = self.get(tid) else { return Ok(h) };
        let Some(eq) = &t.eq else {
            return Err(format!("runtime error: hash of unhashable type {}", t.name));
        };
        let mut a = vec![0; t.width as usize];
        if !self.unbox(tid, data, &mut a) {
            return Ok(h);
        }
        self.hash(eq, &a, h)
    }
}

#[inline]
pub fn mix(h: u64, w: u64) -> u64 {
    let x = (h ^ w).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    x ^ (x >> 29)
}

pub fn hash_bytes(mut h: u64, b: &[u8]) -> u64 {
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = mix(h, u64::from_le_bytes(w));
    }
    let mut last = [0u8; 8];
    let rest = chunks.remainder();
    last[..rest.len()].copy_from_slice(rest);
    mix(mix(h, u64::from_le_bytes(last)), b.len() as u64)
}

/// A cheap per-thread random number (xorshift seeded from the clock and a stack address),
/// for map seeds, NaN hashes, iteration order and the randomly seeded sources (`os`,
/// `math/rand`'s top-level functions), which promise no particular sequence.
pub fn random_u64() -> u64 {
    use std::cell::Cell;
    thread_local! {
        static STATE: Cell<u64> = const { Cell::new(0) };
    }
    STATE.with(|s| {
        let mut x = s.get();
        if x == 0 {
            let t = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos() as u64);
            x = mix(t, &x as *const u64 as u64) | 1;
        }
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        s.set(x);
        x
    })
}
