//! The REPL in a pseudo-terminal (rexpect), as a user types at it (issue #5).
//!
//! Each code block of the user's notes (`testdata/snippets/notes-en.md`, a verbatim copy)
//! is typed line by line, verbatim, then used: the channel block on a buffered channel
//! (`ch <- x` / `x = <-ch`; its `<-ch` blocks and Ctrl-C interrupts it), the Mutex
//! block (`Deposit(100); Deposit(50)` then `Balance()` shows 150), and the RWMutex block
//! (which replaces `mu`, `balance` and `Balance`). The expected values are Go's own:
//! the same lines as a package main program give the same numbers (tests/snippet.rs
//! checks the blocks against real Go's output of such programs).
//!
//! Timeouts are generous (the machine may be loaded); nothing depends on timing except
//! waiting for a prompt, and a goroutine making progress during sleeps of 300 ms.

use rexpect::session::PtySession;
use std::path::Path;
use std::process::Command;

const TIMEOUT_MS: u64 = 120_000;

fn notes_blocks() -> Vec<String> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/snippets/notes-en.md");
    let notes = std::fs::read_to_string(p).unwrap();
    let mut out = Vec::new();
    let mut rest = notes.as_str();
    while let Some(i) = rest.find("```go\n") {
        let body = &rest[i + 6..];
        let end = body.find("```").unwrap();
        out.push(body[..end].to_string());
        rest = &body[end + 3..];
    }
    out
}

/// `TERM=dumb`: rustyline reads plain lines (with full editing it waits for each key's
/// wake-up, which makes a pty test depend on timing).
fn start() -> PtySession {
    let home = std::env::temp_dir().join(format!("minigo-repl-home-{}", std::process::id()));
    std::fs::create_dir_all(&home).unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_minigo"));
    cmd.env("HOME", &home)
        .env("TERM", "dumb")
        .env("GOMAXPROCS", "2");
    let mut p = rexpect::session::spawn_command(cmd, Some(TIMEOUT_MS)).unwrap();
    p.exp_string(":help for help").unwrap();
    prompt(&mut p);
    p
}

fn prompt(p: &mut PtySession) {
    p.exp_string("go> ").unwrap();
}

/// Types one line and waits for the next prompt (`go> ` or `... `).
fn line(p: &mut PtySession, text: &str) -> String {
    p.send_line(text).unwrap();
    let (before, _) = p.exp_regex(r"(go> |\.\.\. )").unwrap();
    before
}

/// Types `text` until its output satisfies `ok`, at most 20 times a quarter second apart
/// (what goroutines do between inputs takes its own time); returns the last output.
fn until(p: &mut PtySession, text: &str, ok: impl Fn(&str) -> bool) -> String {
    let mut out = String::new();
    for _ in 0..20 {
        out = line(p, text);
        if ok(&out) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(250));
    }
    out
}

/// Types a block line by line, each after its prompt.
fn block(p: &mut PtySession, text: &str) -> String {
    let mut all = String::new();
    for l in text.lines() {
        all.push_str(&line(p, l));
    }
    all
}

#[test]
fn notes_blocks_typed_verbatim() {
    let blocks = notes_blocks();
    assert_eq!(blocks.len(), 3);
    let mut p = start();

    // Channels: the block declares ch and uses an `x` of the user's.
    line(&mut p, "x := 7");
    let chan_lines: Vec<&str> = blocks[0].lines().collect();
    let (blocking, rest) = chan_lines.split_at(4);
    for l in blocking {
        // ch := ..., ch = make(chan int, 3), ch <- x, x = <-ch
        line(&mut p, l);
    }
    let out = line(&mut p, "x");
    assert!(out.contains("7 (int)"), "{out}");
    // `<-ch` on the now empty channel blocks: Ctrl-C interrupts it.
    p.send_line(rest[0]).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1500));
    p.send_control('c').unwrap();
    p.exp_string("interrupted").unwrap();
    prompt(&mut p);
    for l in &rest[1..] {
        line(&mut p, l); // close(ch)
    }
    let out = line(&mut p, "cap(ch)");
    assert!(out.contains("3 (int)"), "{out}");
    let out = line(&mut p, "v, ok := <-ch; fmt.Println(v, ok)");
    assert!(out.contains("0 false"), "{out}");

    // The Mutex version.
    block(&mut p, &blocks[1]);
    line(&mut p, "Deposit(100); Deposit(50)");
    let out = line(&mut p, "Balance()");
    assert!(out.contains("150 (int)"), "{out}");

    // The RWMutex version replaces mu, balance and Balance; Deposit (which calls
    // mu.Lock) now uses the RWMutex, and `balance` (redeclared with the same type) is
    // the same variable, so it keeps the session's deposits.
    block(&mut p, &blocks[2]);
    let out = line(&mut p, "Balance()");
    assert!(out.contains("150 (int)"), "{out}");
    line(&mut p, "Deposit(25)");
    let out = line(&mut p, "Balance()");
    assert!(out.contains("175 (int)"), "{out}");
    let out = line(&mut p, ":type mu");
    assert!(out.contains("sync.RWMutex"), "{out}");
    p.send_line(":quit").unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn ctrl_c_interrupts_a_blocked_receive_and_goroutines_lists_it() {
    let mut p = start();
    line(&mut p, "ch := make(chan int)");
    line(&mut p, "go func() {");
    line(&mut p, "\tv := <-ch");
    line(&mut p, "\tfmt.Println(\"got\", v)");
    line(&mut p, "}()");
    // The goroutine blocks in its receive soon after the input that started it ends.
    let blocked = regex::Regex::new(r"goroutine \d+ \[chan receive\]: <input 2>:2").unwrap();
    let out = until(&mut p, ":goroutines", |o| blocked.is_match(o));
    assert!(blocked.is_match(&out), "{out}");
    // A receive with no sender blocks the input; Ctrl-C ends it, not the session.
    let done = make_chan_and_block(&mut p);
    assert!(done.contains("interrupted"), "{done}");
    // The session goes on (read up to the value: the prompt after Ctrl-C may be drawn
    // twice).
    p.send_line("1 + 2").unwrap();
    p.exp_string("3 (int)").unwrap();
    prompt(&mut p);
    // The goroutine is still there, and still waits.
    let out = until(&mut p, ":goroutines", |o| o.contains("[chan receive]"));
    assert!(out.contains("[chan receive]"), "{out}");
    // A panic ends the input, not the session.
    let out = line(&mut p, "var a []int; a[3] = 1");
    assert!(
        out.contains("index out of range [3] with length 0"),
        "{out}"
    );
    // The send ends the input once the goroutine has the value; the goroutine prints
    // on its own time, before or after the next prompt (through the external printer).
    p.send_line("ch <- 5").unwrap();
    p.exp_string("got 5").unwrap();
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
}

fn make_chan_and_block(p: &mut PtySession) -> String {
    line(p, "block := make(chan int)");
    p.send_line("<-block").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1500));
    p.send_control('c').unwrap();
    let (before, _) = p.exp_regex(r"go> ").unwrap();
    before
}

#[test]
fn errors_are_reported_and_the_session_goes_on() {
    let mut p = start();
    let out = line(&mut p, "y := \"a\" + 1");
    assert!(out.contains("mismatched types"), "{out}");
    let out = line(&mut p, "y");
    assert!(out.contains("undefined: y"), "{out}");
    let out = line(&mut p, "strings.Repeat(\"ab\", 2)");
    assert!(out.contains("auto-importing strings"), "{out}");
    assert!(out.contains("abab (string)"), "{out}");
    let out = line(&mut p, "n, err := strconv.Atoi(\"12\")");
    assert!(!out.contains("error"), "{out}");
    let out = line(&mut p, "strconv.Atoi(\"x1\")");
    assert!(out.contains("(int, error)"), "{out}");
    let out = line(&mut p, ":vars");
    assert!(out.contains("n int") && out.contains("err error"), "{out}");
    // :load runs a snippet file as one input; :reset forgets everything.
    let f = std::env::temp_dir().join(format!("minigo-load-{}.go", std::process::id()));
    std::fs::write(
        &f,
        "func Sq(n int) int { return n * n }\nfmt.Println(\"loaded\")\n",
    )
    .unwrap();
    let out = line(&mut p, &format!(":load {}", f.display()));
    assert!(out.contains("loaded"), "{out}");
    let out = line(&mut p, "Sq(5)");
    assert!(out.contains("25 (int)"), "{out}");
    line(&mut p, ":reset");
    let out = line(&mut p, "Sq(5)");
    assert!(out.contains("undefined: Sq"), "{out}");
    p.send_line(":quit").unwrap();
    p.exp_eof().unwrap();
}

/// The value an input shows, `N (int)`.
fn shown_int(out: &str) -> i64 {
    let re = regex::Regex::new(r"(-?\d+) \(int\)").unwrap();
    let caps = re
        .captures(out)
        .unwrap_or_else(|| panic!("no int shown in {out:?}"));
    caps[1].parse().unwrap()
}

/// Issue #5, item 2: one live program per session. A goroutine started at the prompt
/// keeps running between inputs and is never restarted: its counter only grows across
/// inputs (an input error, a panic and two Ctrl-Cs included), and a goroutine that
/// prints "started" once prints it once in the whole session.
#[test]
fn goroutines_keep_running_and_are_not_restarted() {
    let mut p = start();
    let mut all = String::new();
    all.push_str(&line(&mut p, "var count int"));
    all.push_str(&line(
        &mut p,
        "go func() { for i := 1; ; i++ { count = i; time.Sleep(5 * time.Millisecond) } }()",
    ));
    all.push_str(&line(&mut p, "go func() { fmt.Println(\"started\") }()"));
    all.push_str(&line(&mut p, "time.Sleep(300 * time.Millisecond)"));
    let out = line(&mut p, "count");
    all.push_str(&out);
    let c1 = shown_int(&out);
    assert!(c1 > 0, "{out}");
    // Declarations, an error and a panic in between.
    all.push_str(&line(&mut p, "func twice(n int) int { return 2 * n }"));
    let out = line(&mut p, "twice(\"x\")");
    assert!(out.contains("cannot use"), "{out}");
    all.push_str(&out);
    let out = line(&mut p, "var a []int; a[1] = 2");
    assert!(out.contains("index out of range"), "{out}");
    all.push_str(&out);
    all.push_str(&line(&mut p, "time.Sleep(300 * time.Millisecond)"));
    let out = line(&mut p, "count");
    all.push_str(&out);
    let c2 = shown_int(&out);
    assert!(
        c2 > c1,
        "the goroutine restarted or stopped: {c1} then {c2}"
    );
    // Ctrl-C abandons a blocked input; the counter goes on.
    line(&mut p, "never := make(chan int)");
    p.send_line("<-never").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1500));
    p.send_control('c').unwrap();
    let (out, _) = p.exp_regex(r"go> ").unwrap();
    assert!(out.contains("interrupted"), "{out}");
    all.push_str(&out);
    // So does a busy one (the abandoned goroutine is killed at its next safepoint).
    p.send_line("for {}").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1500));
    p.send_control('c').unwrap();
    let (out, _) = p.exp_regex(r"go> ").unwrap();
    assert!(out.contains("interrupted"), "{out}");
    all.push_str(&out);
    all.push_str(&line(&mut p, "time.Sleep(300 * time.Millisecond)"));
    let out = line(&mut p, &format!("twice(count) > {}", 2 * c2));
    assert!(out.contains("true (bool)"), "{out}");
    all.push_str(&out);
    let out = line(&mut p, "count");
    all.push_str(&out);
    let c3 = shown_int(&out);
    assert!(
        c3 > c2,
        "the goroutine restarted or stopped: {c2} then {c3}"
    );
    // A goroutine printing on a ticker prints while the prompt waits, and keeps its
    // own count across inputs.
    all.push_str(&line(
        &mut p,
        "go func() { for i := 0; i < 3; i++ { fmt.Println(\"tick\", i); time.Sleep(100 * time.Millisecond) } }()",
    ));
    all.push_str(&line(&mut p, "time.Sleep(1500 * time.Millisecond)"));
    let out = line(&mut p, "1 + 1");
    all.push_str(&out);
    p.send_line(":quit").unwrap();
    let rest = p.exp_eof().unwrap();
    all.push_str(&rest);
    assert_eq!(all.matches("started").count(), 1, "{all}");
    for i in 0..3 {
        assert_eq!(all.matches(&format!("tick {i}")).count(), 1, "{all}");
    }
}

/// Values made by earlier inputs keep their meaning in later ones (run-time type ids and
/// globals are the session's, `compile::live`): an `any` still passes a type switch and
/// a map lookup by an interface key; a method declared later is found through it; a
/// func value stored earlier keeps the code it was made with, while calls in new inputs
/// use the latest declaration.
#[test]
fn values_made_by_earlier_inputs_keep_their_types() {
    let mut p = start();
    line(&mut p, "type T struct{ a int }");
    line(&mut p, "var i any = T{3}");
    line(&mut p, "keys := map[any]int{T{1}: 7}");
    let out = line(&mut p, "switch i.(type) { case T: fmt.Println(\"a T\") }");
    assert!(out.contains("a T"), "{out}");
    line(
        &mut p,
        "func (t T) String() string { return fmt.Sprint(\"T:\", t.a) }",
    );
    let out = line(&mut p, "fmt.Println(i)");
    assert!(out.contains("T:3"), "{out}");
    let out = line(&mut p, "keys[T{1}]");
    assert!(out.contains("7 (int)"), "{out}");
    line(&mut p, "func g() int { return 10 }");
    line(&mut p, "h := g");
    line(&mut p, "func g() int { return 20 }");
    let out = line(&mut p, "h() + g()");
    assert!(out.contains("30 (int)"), "{out}");
    line(&mut p, "err := errors.New(\"boom\")");
    let out = line(&mut p, "errors.Is(fmt.Errorf(\"w: %w\", err), err)");
    assert!(out.contains("true (bool)"), "{out}");
    p.send_line(":quit").unwrap();
    p.exp_eof().unwrap();
}
