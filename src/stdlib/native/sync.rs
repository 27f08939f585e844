//! The natives of `sync` and `sync/atomic`: thin adapters from the VM's windows (a
//! pointer to the Go struct's words, then the arguments) to `runtime::sync`, which owns
//! the algorithms. Blocking calls park through `vm::gort::Pending` (see the protocol
//! there); on resume a `Lock` competes again (`mutex_lock_resume`, Go's normal mode)
//! and a woken `Wait` owns what it waited for, so its resume is just "done".
//!
//! # Invariants
//! 1. The words a pointer refers to are resolved with `ptr_words`, which follows a ref
//!    pointer and checks bounds against the object (value invariant 2): a bad pointer is
//!    a nil-dereference panic, never a wild access.
//! 2. 32-bit atomics keep their words normalised (sign-extended for int32, zero-extended
//!    for uint32), as the VM does for every narrow integer.

use super::chan::sched;
use crate::runtime::heap::ObjRef;
use crate::runtime::sema::Step;
use crate::runtime::sync::{self as rs, SyncError};
use crate::vm::gort::Pending;
use crate::vm::panic::{self, GoPanic};
use crate::vm::program::{NativeCtx, NativeFn, NativeRequest};
use crate::vm::value::{ptr_off, PTR_INDIRECT};
use std::sync::atomic::{AtomicU64, Ordering};

/// The heap words from the one a pointer word points to, to the end of its object.
pub(crate) fn ptr_words<'a>(p: u64) -> Result<&'a [AtomicU64], GoPanic> {
    let (obj, off) = if p & PTR_INDIRECT != 0 {
        // SAFETY: value invariant 1: an indirect pointer's address is a live ref object.
        let r = unsafe { ObjRef::from_word(p & !PTR_INDIRECT) }.ok_or_else(panic::nil_deref)?;
        (r.get(0).unwrap_or(0), r.get(1).unwrap_or(0))
    } else {
        (p, ptr_off(p))
    };
    // SAFETY: value invariant 1: `obj` is 0 or a live object.
    let o = unsafe { ObjRef::from_word(obj) }.ok_or_else(panic::nil_deref)?;
    let ws = o.words();
    // SAFETY: heap invariant 4: the object lives at least until the next safepoint, and
    // natives return before one.
    let ws: &'a [AtomicU64] = unsafe { std::slice::from_raw_parts(ws.as_ptr(), ws.len()) };
    ws.get(off as usize..).ok_or_else(panic::nil_deref)
}

fn sync_err(e: SyncError) -> GoPanic {
    if e.is_fatal() {
        GoPanic::Fatal(e.message().into())
    } else {
        panic::runtime(e.message())
    }
}

fn park_on<P>(ctx: &mut NativeCtx, step: Step<P>, wrap: impl FnOnce(P) -> Pending) {
    if let Step::Park(p, reason) = step {
        *ctx.pending = Some(wrap(p));
        ctx.request = Some(NativeRequest::Park {
            reason,
            retry: true,
        });
    }
}

fn mutex_lock(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let sc = sched(ctx)?;
    let ws = ptr_words(w[0])?;
    let step = match ctx.pending.take() {
        Some(Pending::Waiter(wt)) => rs::mutex_lock_resume(sc, ws, &wt),
        Some(_) => return Ok(()),
        None => rs::mutex_lock(sc, ws),
    }
    .map_err(sync_err)?;
    park_on(ctx, step, Pending::Waiter);
    Ok(())
}

fn mutex_try_lock(_ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    w[0] = rs::mutex_try_lock(ptr_words(w[0])?).map_err(sync_err)? as u64;
    Ok(())
}

fn mutex_unlock(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let sc = sched(ctx)?;
    rs::mutex_unlock(&sc.wake(), ptr_words(w[0])?).map_err(sync_err)
}

fn rw_rlock(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    if ctx.pending.take().is_some() {
        return Ok(());
    }
    let sc = sched(ctx)?;
    let step = rs::rw_rlock(sc, ptr_words(w[0])?).map_err(sync_err)?;
    park_on(ctx, step, Pending::Waiter);
    Ok(())
}

fn rw_try_rlock(_ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    w[0] = rs::rw_try_rlock(ptr_words(w[0])?).map_err(sync_err)? as u64;
    Ok(())
}

fn rw_runlock(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let sc = sched(ctx)?;
    rs::rw_runlock(&sc.wake(), ptr_words(w[0])?).map_err(sync_err)
}

fn rw_lock(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let sc = sched(ctx)?;
    let ws = ptr_words(w[0])?;
    let step = match ctx.pending.take() {
        Some(Pending::RwLock(p)) => rs::rw_lock_resume(sc, ws, p),
        Some(_) => return Ok(()),
        None => rs::rw_lock(sc, ws),
    }
    .map_err(sync_err)?;
    park_on(ctx, step, Pending::RwLock);
    Ok(())
}

fn rw_try_lock(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let sc = sched(ctx)?;
    w[0] = rs::rw_try_lock(&sc.wake(), ptr_words(w[0])?).map_err(sync_err)? as u64;
    Ok(())
}

fn rw_unlock(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let sc = sched(ctx)?;
    rs::rw_unlock(&sc.wake(), ptr_words(w[0])?).map_err(sync_err)
}

fn wg_add(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let sc = sched(ctx)?;
    rs::waitgroup_add(&sc.wake(), ptr_words(w[0])?, w[1] as i64).map_err(sync_err)
}

fn wg_wait(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    if ctx.pending.take().is_some() {
        return Ok(());
    }
    let sc = sched(ctx)?;
    let step = rs::waitgroup_wait(sc, ptr_words(w[0])?).map_err(sync_err)?;
    park_on(ctx, step, Pending::Waiter);
    Ok(())
}

fn nl_add(_ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    w[0] = rs::notify_list_add(ptr_words(w[0])?).map_err(sync_err)? as u64;
    Ok(())
}

fn nl_wait(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    if ctx.pending.take().is_some() {
        return Ok(());
    }
    let sc = sched(ctx)?;
    let step = rs::notify_list_wait(sc, ptr_words(w[0])?, w[1] as u32).map_err(sync_err)?;
    park_on(ctx, step, Pending::Waiter);
    Ok(())
}

fn nl_notify_one(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let sc = sched(ctx)?;
    rs::notify_list_notify_one(&sc.wake(), ptr_words(w[0])?).map_err(sync_err)
}

fn nl_notify_all(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let sc = sched(ctx)?;
    rs::notify_list_notify_all(&sc.wake(), ptr_words(w[0])?).map_err(sync_err)
}

/// The integer kinds of `sync/atomic`'s functions.
#[derive(Clone, Copy)]
enum K {
    I32,
    U32,
    W64,
}

fn norm(k: K, v: u64) -> u64 {
    match k {
        K::I32 => v as i32 as i64 as u64,
        K::U32 => v as u32 as u64,
        K::W64 => v,
    }
}

fn word0<'a>(w: &[u64]) -> Result<&'a AtomicU64, GoPanic> {
    ptr_words(w[0])?.first().ok_or_else(panic::nil_deref)
}

macro_rules! atomic_fns {
    ($k:expr, $load:ident, $store:ident, $swap:ident, $cas:ident, $add:ident, $and:ident, $or:ident) => {
        fn $load(_c: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
            w[0] = word0(w)?.load(Ordering::SeqCst);
            Ok(())
        }
        fn $store(_c: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
            word0(w)?.store(norm($k, w[1]), Ordering::SeqCst);
            Ok(())
        }
        fn $swap(_c: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
            w[0] = word0(w)?.swap(norm($k, w[1]), Ordering::SeqCst);
            Ok(())
        }
        fn $cas(_c: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
            let (old, new) = (norm($k, w[1]), norm($k, w[2]));
            w[0] = word0(w)?
                .compare_exchange(old, new, Ordering::SeqCst, Ordering::SeqCst)
                .is_ok() as u64;
            Ok(())
        }
        fn $add(_c: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
            let a = word0(w)?;
            let d = w[1];
            let mut v = a.load(Ordering::SeqCst);
            loop {
                let n = norm($k, v.wrapping_add(d));
                match a.compare_exchange_weak(v, n, Ordering::SeqCst, Ordering::SeqCst) {
                    Ok(_) => {
                        w[0] = n;
                        return Ok(());
                    }
                    Err(x) => v = x,
                }
            }
        }
        fn $and(_c: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
            w[0] = word0(w)?.fetch_and(norm($k, w[1]), Ordering::SeqCst);
            Ok(())
        }
        fn $or(_c: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
            w[0] = word0(w)?.fetch_or(norm($k, w[1]), Ordering::SeqCst);
            Ok(())
        }
    };
}

atomic_fns!(K::I32, load32, store32, swap32, cas32, add32, and32, or32);
atomic_fns!(
    K::U32,
    loadu32,
    storeu32,
    swapu32,
    casu32,
    addu32,
    andu32,
    oru32
);
atomic_fns!(K::W64, load64, store64, swap64, cas64, add64, and64, or64);

/// `atomic.Value`'s two interface words are read and written under one lock, so a
/// reader never sees a torn (type, data) pair.
static VALUE_LOCK: parking_lot::Mutex<()> = parking_lot::Mutex::new(());

fn value_load(_c: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let ws = ptr_words(w[0])?;
    let _g = VALUE_LOCK.lock();
    w[0] = ws.first().map_or(0, |x| x.load(Ordering::SeqCst));
    w[1] = ws.get(1).map_or(0, |x| x.load(Ordering::SeqCst));
    Ok(())
}

fn value_store_words(ws: &[AtomicU64], tid: u64, data: u64, op: &str) -> Result<u64, GoPanic> {
    if tid == 0 {
        return Err(panic::runtime(format!(
            "sync/atomic: {op} of nil value into Value"
        )));
    }
    let (t, d) = (
        ws.first().ok_or_else(panic::nil_deref)?,
        ws.get(1).ok_or_else(panic::nil_deref)?,
    );
    let _g = VALUE_LOCK.lock();
    let old = t.load(Ordering::SeqCst);
    if old != 0 && old != tid {
        return Err(panic::runtime(format!(
            "sync/atomic: {op} of inconsistently typed value into Value"
        )));
    }
    let od = d.swap(data, Ordering::SeqCst);
    t.store(tid, Ordering::SeqCst);
    Ok(if old == 0 { 0 } else { od })
}

fn value_store(_c: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    value_store_words(ptr_words(w[0])?, w[1], w[2], "store")?;
    Ok(())
}

fn value_swap(_c: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let ws = ptr_words(w[0])?;
    let old_t = ws.first().map_or(0, |x| x.load(Ordering::SeqCst));
    let od = value_store_words(ws, w[1], w[2], "swap")?;
    w[0] = old_t;
    w[1] = od;
    Ok(())
}

/// `v.CompareAndSwap(old, new)`: `[v, old (2), new (2)]` → `[swapped]`, Go's checks and
/// panic texts; the comparison is Go's `==` on interfaces (it panics for uncomparable
/// dynamic types as Go's does).
fn value_cas(c: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let ws = ptr_words(w[0])?;
    let (ot, od, nt, nd) = (w[1], w[2], w[3], w[4]);
    if nt == 0 {
        return Err(panic::runtime(
            "sync/atomic: compare and swap of nil value into Value",
        ));
    }
    if ot != 0 && ot != nt {
        return Err(panic::runtime(
            "sync/atomic: compare and swap of inconsistently typed values",
        ));
    }
    let (t, d) = (
        ws.first().ok_or_else(panic::nil_deref)?,
        ws.get(1).ok_or_else(panic::nil_deref)?,
    );
    let _g = VALUE_LOCK.lock();
    let cur_t = t.load(Ordering::SeqCst);
    let swapped = if cur_t == 0 {
        if ot == 0 {
            d.store(nd, Ordering::SeqCst);
            t.store(nt, Ordering::SeqCst);
        }
        ot == 0
    } else {
        if cur_t != nt {
            return Err(panic::runtime(
                "sync/atomic: compare and swap of inconsistently typed value into Value",
            ));
        }
        let cur_d = d.load(Ordering::SeqCst);
        let eq = c
            .prog
            .types
            .iface_equal(cur_t, cur_d, ot, od)
            .map_err(panic::runtime)?;
        if eq {
            d.store(nd, Ordering::SeqCst);
        }
        eq
    };
    w[0] = swapped as u64;
    Ok(())
}

/// The natives of `sync` and `sync/atomic` by qualified name: (window, function).
pub fn lookup(name: &str) -> Option<(u16, NativeFn)> {
    let r: (u16, NativeFn) = match name {
        "sync.(*Mutex).Lock" => (1, mutex_lock),
        "sync.(*Mutex).TryLock" => (1, mutex_try_lock),
        "sync.(*Mutex).Unlock" => (1, mutex_unlock),
        "sync.(*RWMutex).RLock" => (1, rw_rlock),
        "sync.(*RWMutex).TryRLock" => (1, rw_try_rlock),
        "sync.(*RWMutex).RUnlock" => (1, rw_runlock),
        "sync.(*RWMutex).Lock" => (1, rw_lock),
        "sync.(*RWMutex).TryLock" => (1, rw_try_lock),
        "sync.(*RWMutex).Unlock" => (1, rw_unlock),
        "sync.(*WaitGroup).Add" => (2, wg_add),
        "sync.(*WaitGroup).Wait" => (1, wg_wait),
        "sync.notifyListAdd" => (1, nl_add),
        "sync.notifyListWait" => (2, nl_wait),
        "sync.notifyListNotifyOne" => (1, nl_notify_one),
        "sync.notifyListNotifyAll" => (1, nl_notify_all),
        "sync/atomic.(*Value).Load" => (2, value_load),
        "sync/atomic.(*Value).Store" => (3, value_store),
        "sync/atomic.(*Value).Swap" => (3, value_swap),
        "sync/atomic.(*Value).CompareAndSwap" => (5, value_cas),
        _ => return atomic_lookup(name),
    };
    Some(r)
}

fn atomic_lookup(name: &str) -> Option<(u16, NativeFn)> {
    let rest = name.strip_prefix("sync/atomic.")?;
    let (op, ty) = [
        "CompareAndSwap",
        "Swap",
        "Load",
        "Store",
        "Add",
        "And",
        "Or",
    ]
    .iter()
    .find_map(|op| rest.strip_prefix(op).map(|t| (*op, t)))?;
    let k = match ty {
        "Int32" => K::I32,
        "Uint32" => K::U32,
        "Int64" | "Uint64" | "Uintptr" => K::W64,
        _ => return None,
    };
    let f: NativeFn = match (op, k) {
        ("Load", K::I32) => load32,
        ("Load", K::U32) => loadu32,
        ("Load", K::W64) => load64,
        ("Store", K::I32) => store32,
        ("Store", K::U32) => storeu32,
        ("Store", K::W64) => store64,
        ("Swap", K::I32) => swap32,
        ("Swap", K::U32) => swapu32,
        ("Swap", K::W64) => swap64,
        ("CompareAndSwap", K::I32) => cas32,
        ("CompareAndSwap", K::U32) => casu32,
        ("CompareAndSwap", K::W64) => cas64,
        ("Add", K::I32) => add32,
        ("Add", K::U32) => addu32,
        ("Add", K::W64) => add64,
        ("And", K::I32) => and32,
        ("And", K::U32) => andu32,
        ("And", K::W64) => and64,
        ("Or", K::I32) => or32,
        ("Or", K::U32) => oru32,
        ("Or", K::W64) => or64,
        _ => return None,
    };
    let window = if op == "CompareAndSwap" { 3 } else { 2 };
    Some((window, f))
}
