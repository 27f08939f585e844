//! Natives of `testing`: capturing an example's standard output
//! (`output::start_example_capture`).

use super::{new_str, start_example_capture, stop_example_capture};
use crate::vm::program::NativeFn;

pub fn lookup(name: &str) -> Option<(u16, NativeFn)> {
    let r: (u16, NativeFn) = match name {
        "testing.startCapture" => (1, |_, _| {
            start_example_capture();
            Ok(())
        }),
        "testing.stopCapture" => (2, |ctx, w| {
            let s = new_str(ctx, &stop_example_capture());
            w[0] = s[0];
            w[1] = s[1];
            Ok(())
        }),
        _ => return None,
    };
    Some(r)
}
