//! Front-end speed: parse and type-check a generated 10,000-line Go file.
//!
//! Issue #2's target is < 0.5 s in release. Run with `cargo bench --bench frontend`;
//! it prints the best and median of several runs and never fails on a slow machine.

use std::fmt::Write as _;
use std::time::Instant;

/// A program of about `lines` lines mixing the constructs real code has: structs with
/// methods, interfaces, closures, loops, switches, maps, slices and channels.
fn generate(lines: usize) -> String {
    let mut s = String::from("package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\n");
    s.push_str("type Shape interface {\n\tArea() float64\n\tName() string\n}\n\n");
    let mut i = 0;
    while s.lines().count() < lines {
        write!(
            s,
            r#"type Rect{i} struct {{
	w, h float64
	tags []string
}}

func (r *Rect{i}) Area() float64 {{ return r.w * r.h }}

func (r *Rect{i}) Name() string {{ return strings.Join(r.tags, ",") }}

func work{i}(n int, m map[string]int) (int, error) {{
	total := 0
	for j := 0; j < n; j++ {{
		switch {{
		case j%3 == 0:
			total += j * {i}
		case j%5 == 0:
			total -= j
		default:
			total++
		}}
	}}
	add := func(k string, v int) {{ m[k] += v }}
	for k, v := range m {{
		if v > total {{
			add(k, -1)
		}}
	}}
	ch := make(chan int, 1)
	ch <- total
	var sh Shape = &Rect{i}{{w: 1.5, h: float64(n), tags: []string{{"a", "b"}}}}
	if sh.Area() < 0 {{
		return 0, fmt.Errorf("negative area %v in %s", sh.Area(), sh.Name())
	}}
	return <-ch, nil
}}

"#
        )
        .unwrap();
        i += 1;
    }
    s.push_str("func main() {\n\tm := map[string]int{\"x\": 1}\n");
    for j in 0..i {
        writeln!(
            s,
            "\tif v, err := work{j}(10, m); err == nil {{\n\t\tfmt.Println(v)\n\t}}"
        )
        .unwrap();
    }
    s.push_str("}\n");
    s
}

fn main() {
    let src = generate(10_000);
    let n_lines = src.lines().count();
    let mut times = Vec::new();
    for _ in 0..7 {
        let t = Instant::now();
        let checked =
            minigo::driver::check_sources(vec![("gen.go".into(), src.clone().into_bytes())]);
        times.push(t.elapsed().as_secs_f64());
        if let Some(d) = checked.diags.first() {
            let pos = checked.sm.position(d.span.lo);
            println!(
                "frontend: the generated file does not check clean: {pos:?}: {}",
                d.message
            );
        }
    }
    times.sort_by(f64::total_cmp);
    println!(
        "frontend: parse + check of {n_lines} lines: best {:.1} ms, median {:.1} ms (target < 500 ms)",
        times[0] * 1e3,
        times[times.len() / 2] * 1e3
    );
}
