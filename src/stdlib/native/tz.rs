//! Time zones for `time`: the system's zoneinfo files (TZif, RFC 8536) for
//! `time.LoadLocation("Europe/Berlin")` and for `time.Local`, which follows Go's rule:
//! `$TZ` unset → `/etc/localtime`; `$TZ` empty or `UTC` → UTC; otherwise the zoneinfo
//! file it names (`:` prefix allowed, an absolute path too); a zone that cannot be
//! loaded is UTC. Go's own `zoneinfo_read.go` does the same reading; this is ours.
//!
//! A zone is its transitions (Unix second → zone type) plus the POSIX TZ string of the
//! file's footer (`EST5EDT,M3.2.0,M11.1.0`), which gives the rule after the last
//! transition (slim zoneinfo files stop their transitions early and rely on it).
//!
//! # Invariants
//! 1. A loaded zone has at least one type; every transition's type index is in range
//!    (checked at load; a file that breaks either is rejected).
//! 2. Zones are loaded once per name and never change (`ZONES` caches them).

use super::{new_str, str_arg};
use crate::vm::panic::GoPanic;
use crate::vm::program::{NativeCtx, NativeFn};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// One local time type: abbreviation, seconds east of UTC, daylight saving.
#[derive(Clone, Debug)]
struct ZoneType {
    name: String,
    offset: i64,
    dst: bool,
}

/// A POSIX TZ rule (`STDoff[DST[off][,Mm.w.d[/time],Mm.w.d[/time]]]`).
#[derive(Clone, Debug)]
struct Rule {
    std: ZoneType,
    dst: Option<(ZoneType, RuleDate, i64, RuleDate, i64)>,
}

/// `Mm.w.d`: day d (0 = Sunday) of week w (5 = last) of month m.
#[derive(Clone, Copy, Debug)]
struct RuleDate {
    month: i64,
    week: i64,
    day: i64,
}

#[derive(Debug)]
pub struct Zone {
    trans: Vec<(i64, usize)>,
    types: Vec<ZoneType>,
    rule: Option<Rule>,
}

static ZONES: Mutex<Option<HashMap<String, Option<Arc<Zone>>>>> = Mutex::new(None);

/// The zone named `name` ("" = the local zone), cached; `None` if it cannot be loaded.
pub fn zone(name: &str) -> Option<Arc<Zone>> {
    let mut zones = ZONES.lock().unwrap_or_else(|e| e.into_inner());
    let map = zones.get_or_insert_with(HashMap::new);
    if let Some(z) = map.get(name) {
        return z.clone();
    }
    let z = load(name).map(Arc::new);
    map.insert(name.to_string(), z.clone());
    z
}

fn load(name: &str) -> Option<Zone> {
    let path = if name.is_empty() {
        match std::env::var("TZ") {
            Err(_) => "/etc/localtime".to_string(),
            Ok(tz) => {
                let tz = tz.strip_prefix(':').unwrap_or(&tz).to_string();
                if tz.is_empty() || tz == "UTC" {
                    return None;
                }
                if tz.starts_with('/') {
                    tz
                } else {
                    zoneinfo_path(&tz)?
                }
            }
        }
    } else {
        zoneinfo_path(name)?
    };
    parse(&std::fs::read(path).ok()?)
}

/// The file of a zone name in the zoneinfo directory (`$ZONEINFO` or the system's).
fn zoneinfo_path(name: &str) -> Option<String> {
    // Go rejects names that could escape the zoneinfo directory.
    if name.starts_with('/') || name.split('/').any(|p| p == ".." || p.is_empty()) {
        return None;
    }
    let dirs = [
        std::env::var("ZONEINFO").unwrap_or_default(),
        "/usr/share/zoneinfo".into(),
        "/usr/share/lib/zoneinfo".into(),
        "/usr/lib/locale/TZ".into(),
        "/etc/zoneinfo".into(),
    ];
    dirs.iter()
        .filter(|d| !d.is_empty())
        .map(|d| format!("{d}/{name}"))
        .find(|p| std::path::Path::new(p).is_file())
}

fn be(b: &[u8], at: usize, n: usize) -> Option<i64> {
    let s = b.get(at..at + n)?;
    let mut v: i64 = 0;
    for &x in s {
        v = (v << 8) | x as i64;
    }
    // Sign-extend.
    let shift = 64 - 8 * n as u32;
    Some((v << shift) >> shift)
}

/// Parses a TZif file (version 1 data, or the 64-bit data and footer of version 2+).
fn parse(b: &[u8]) -> Option<Zone> {
    if b.get(0..4)? != b"TZif" {
        return None;
    }
    let version = *b.get(4)?;
    let counts = |at: usize| -> Option<[usize; 6]> {
        let mut c = [0usize; 6];
        for (i, x) in c.iter_mut().enumerate() {
            *x = be(b, at + 20 + 4 * i, 4)? as usize;
        }
        Some(c)
    };
    let [isut, isstd, leap, timecnt, typecnt, charcnt] = counts(0)?;
    let v1_len = timecnt * 5 + typecnt * 6 + charcnt + leap * 8 + isstd + isut;
    let (base, tsize, c) = if version >= b'2' {
        let at = 44 + v1_len;
        (at + 44, 8, counts(at)?)
    } else {
        (44, 4, [isut, isstd, leap, timecnt, typecnt, charcnt])
    };
    let [isut, isstd, leap, timecnt, typecnt, charcnt] = c;
    let times_at = base;
    let idx_at = times_at + timecnt * tsize;
    let types_at = idx_at + timecnt;
    let chars_at = types_at + typecnt * 6;
    let end = chars_at + charcnt + leap * (tsize + 4) + isstd + isut;
    let chars = b.get(chars_at..chars_at + charcnt)?;
    let mut types = Vec::with_capacity(typecnt);
    for i in 0..typecnt {
        let at = types_at + 6 * i;
        let offset = be(b, at, 4)?;
        let dst = *b.get(at + 4)? != 0;
        let ai = *b.get(at + 5)? as usize;
        let name = chars.get(ai..)?;
        let name = &name[..name.iter().position(|&c| c == 0).unwrap_or(name.len())];
        types.push(ZoneType {
            name: String::from_utf8_lossy(name).into_owned(),
            offset,
            dst,
        });
    }
    if types.is_empty() {
        return None;
    }
    let mut trans = Vec::with_capacity(timecnt);
    for i in 0..timecnt {
        let t = be(b, times_at + tsize * i, tsize)?;
        let ti = *b.get(idx_at + i)? as usize;
        if ti >= types.len() {
            return None;
        }
        trans.push((t, ti));
    }
    let rule = if version >= b'2' {
        b.get(end..)
            .and_then(|f| std::str::from_utf8(f).ok())
            .map(|f| f.trim_matches('\n'))
            .and_then(parse_rule)
    } else {
        None
    };
    Some(Zone { trans, types, rule })
}

/// Parses a POSIX TZ string; `None` for forms we do not handle (then the last
/// transition's type stays in force).
fn parse_rule(s: &str) -> Option<Rule> {
    fn name(s: &str) -> Option<(String, &str)> {
        if let Some(r) = s.strip_prefix('<') {
            let end = r.find('>')?;
            return Some((r[..end].to_string(), &r[end + 1..]));
        }
        let end = s
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(s.len());
        (end >= 3).then(|| (s[..end].to_string(), &s[end..]))
    }
    /// `[+-]hh[:mm[:ss]]` as seconds.
    fn offset(s: &str) -> Option<(i64, &str)> {
        let (neg, s) = match s.as_bytes().first() {
            Some(b'-') => (true, &s[1..]),
            Some(b'+') => (false, &s[1..]),
            _ => (false, s),
        };
        let end = s
            .find(|c: char| !(c.is_ascii_digit() || c == ':'))
            .unwrap_or(s.len());
        if end == 0 {
            return None;
        }
        let mut secs = 0;
        for (i, p) in s[..end].split(':').enumerate() {
            let v: i64 = p.parse().ok()?;
            secs += v * [3600, 60, 1].get(i)?;
        }
        Some((if neg { -secs } else { secs }, &s[end..]))
    }
    fn date(s: &str) -> Option<(RuleDate, i64, &str)> {
        let s = s.strip_prefix('M')?;
        let end = s.find([',', '/']).unwrap_or(s.len());
        let mut it = s[..end].split('.').map(|p| p.parse::<i64>().ok());
        let d = RuleDate {
            month: it.next()??,
            week: it.next()??,
            day: it.next()??,
        };
        let rest = &s[end..];
        let (time, rest) = match rest.strip_prefix('/') {
            Some(r) => offset(r)?,
            None => (7200, rest),
        };
        Some((d, time, rest))
    }
    let (std_name, rest) = name(s)?;
    let (std_off, rest) = offset(rest)?;
    // POSIX offsets are west of UTC; Go's are east.
    let std = ZoneType {
        name: std_name,
        offset: -std_off,
        dst: false,
    };
    if rest.is_empty() {
        return Some(Rule { std, dst: None });
    }
    let (dst_name, rest) = name(rest)?;
    let (dst_off, rest) = match rest.starts_with(',') {
        true => (std.offset + 3600, rest),
        false => {
            let (o, r) = offset(rest)?;
            (-o, r)
        }
    };
    let rest = rest.strip_prefix(',')?;
    let (start, start_t, rest) = date(rest)?;
    let rest = rest.strip_prefix(',')?;
    let (end, end_t, _) = date(rest)?;
    let dst = ZoneType {
        name: dst_name,
        offset: dst_off,
        dst: true,
    };
    Some(Rule {
        std,
        dst: Some((dst, start, start_t, end, end_t)),
    })
}

/// Days since 1970-01-01 of a civil date (proleptic Gregorian).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn days_in_month(y: i64, m: i64) -> i64 {
    days_from_civil(y + (m == 12) as i64, m % 12 + 1, 1) - days_from_civil(y, m, 1)
}

/// The Unix day of rule date `d` in year `y`.
fn rule_day(y: i64, d: RuleDate) -> i64 {
    let first = days_from_civil(y, d.month, 1);
    let wday_first = (first + 4).rem_euclid(7); // 1970-01-01 was a Thursday
    let mut day = (d.day - wday_first).rem_euclid(7) + 7 * (d.week - 1);
    let dim = days_in_month(y, d.month);
    while day >= dim {
        day -= 7;
    }
    first + day
}

impl Rule {
    fn lookup(&self, unix: i64) -> &ZoneType {
        let Some((dst, start, start_t, end, end_t)) = &self.dst else {
            return &self.std;
        };
        let year = 1970 + unix.div_euclid(86_400 * 365 + 86_400 / 4);
        // DST runs from `start` to the next `end` (in the next year when the end date
        // comes first in the calendar: the southern hemisphere).
        for y in [year - 1, year, year + 1] {
            let s = rule_day(y, *start) * 86_400 + start_t - self.std.offset;
            let mut e = rule_day(y, *end) * 86_400 + end_t - dst.offset;
            if e <= s {
                e = rule_day(y + 1, *end) * 86_400 + end_t - dst.offset;
            }
            if unix >= s && unix < e {
                return dst;
            }
        }
        &self.std
    }
}

impl Zone {
    /// The abbreviation and offset (seconds east of UTC) in effect at `unix`.
    pub fn lookup(&self, unix: i64) -> (&str, i64) {
        let t = match self.trans.partition_point(|&(t, _)| t <= unix) {
            0 => {
                // Before the first transition: the first standard-time type (Go's
                // lookupFirstZone, simplified).
                self.types.iter().find(|t| !t.dst).unwrap_or(&self.types[0])
            }
            i if i == self.trans.len() && self.rule.is_some() => match &self.rule {
                Some(r) => r.lookup(unix),
                None => &self.types[0],
            },
            i => &self.types[self.trans[i - 1].1],
        };
        (&t.name, t.offset)
    }
}

/// `localZone(unix int64) (name string, offset int)`: the local zone (UTC if none).
fn local_zone(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let unix = w[0] as i64;
    let (name, off) = match zone("") {
        Some(z) => {
            let (n, o) = z.lookup(unix);
            (n.to_string(), o)
        }
        None => ("UTC".to_string(), 0),
    };
    let s = new_str(ctx, name.as_bytes());
    w[0] = s[0];
    w[1] = s[1];
    w[2] = off as u64;
    Ok(())
}

/// `zoneLookup(tz string, unix int64) (name string, offset int, ok bool)`: zone `tz` of
/// the zoneinfo database at `unix`; ok is false if it cannot be loaded.
fn zone_lookup(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let tz = String::from_utf8_lossy(&str_arg(w, 0)).into_owned();
    let unix = w[2] as i64;
    match zone(&tz).filter(|_| !tz.is_empty()) {
        Some(z) => {
            let (n, o) = z.lookup(unix);
            let s = new_str(ctx, n.as_bytes());
            w[0] = s[0];
            w[1] = s[1];
            w[2] = o as u64;
            w[3] = 1;
        }
        None => w[..4].fill(0),
    }
    Ok(())
}

/// `localName() string`: Go's name of `time.Local`: "Local" for /etc/localtime, the
/// zone `$TZ` names if it loads, else "UTC".
fn local_name(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let name = match (zone("").is_some(), std::env::var("TZ")) {
        (true, Err(_)) => "Local".to_string(),
        (true, Ok(tz)) if tz.trim_start_matches(':') == "/etc/localtime" => "Local".into(),
        (true, Ok(tz)) => tz.strip_prefix(':').unwrap_or(&tz).to_string(),
        (false, _) => "UTC".to_string(),
    };
    let s = new_str(ctx, name.as_bytes());
    w[0] = s[0];
    w[1] = s[1];
    Ok(())
}

pub fn lookup(name: &str) -> Option<(u16, NativeFn)> {
    match name {
        "time.localName" => Some((2, local_name)),
        "time.localZone" => Some((3, local_zone)),
        "time.zoneLookup" => Some((4, zone_lookup)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posix_rule_us_eastern() {
        let r = parse_rule("EST5EDT,M3.2.0,M11.1.0").expect("rule");
        // 2040-07-01 12:00 UTC is summer; 2040-01-15 is winter.
        let summer = days_from_civil(2040, 7, 1) * 86_400 + 12 * 3600;
        let winter = days_from_civil(2040, 1, 15) * 86_400;
        assert_eq!(r.lookup(summer).name, "EDT");
        assert_eq!(r.lookup(summer).offset, -4 * 3600);
        assert_eq!(r.lookup(winter).name, "EST");
        // 2040-03-11 is the second Sunday of March: DST starts at 07:00 UTC.
        let start = days_from_civil(2040, 3, 11) * 86_400 + 7 * 3600;
        assert_eq!(r.lookup(start - 1).name, "EST");
        assert_eq!(r.lookup(start).name, "EDT");
    }

    #[test]
    fn posix_rule_fixed_and_angle_names() {
        let r = parse_rule("<+0530>-5:30").expect("rule");
        assert_eq!(r.lookup(0).name, "+0530");
        assert_eq!(r.lookup(0).offset, 5 * 3600 + 1800);
    }
}
