// Package log: a simple logging package. Each message goes on its own line,
// prefixed by the date and time by default (LstdFlags), to standard error.
// minigo's own declaration, all in Go.
package log

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"time"
)

// Flags select the text that prefixes each entry.
const (
	Ldate         = 1 << iota     // the date in the local time zone: 2009/01/23
	Ltime                         // the time in the local time zone: 01:23:23
	Lmicroseconds                 // microsecond resolution: 01:23:23.123123 (assumes Ltime)
	Llongfile                     // full file name and line number: /a/b/c/d.go:23
	Lshortfile                    // final file name element and line number: d.go:23
	LUTC                          // use UTC rather than the local time zone
	Lmsgprefix                    // put the prefix before the message instead of the line
	LstdFlags     = Ldate | Ltime // initial values for the standard logger
)

// A Logger writes lines of output to an io.Writer; safe for concurrent use.
type Logger struct {
	mu     sync.Mutex
	prefix string
	flag   int
	out    io.Writer
}

// New creates a new Logger writing to out.
func New(out io.Writer, prefix string, flag int) *Logger {
	return &Logger{out: out, prefix: prefix, flag: flag}
}

var std = New(os.Stderr, "", LstdFlags)

// Default returns the standard logger used by the package-level functions.
func Default() *Logger { return std }

// SetOutput sets the output destination for the logger.
func (l *Logger) SetOutput(w io.Writer) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.out = w
}

// Writer returns the output destination for the logger.
func (l *Logger) Writer() io.Writer {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.out
}

// Prefix returns the output prefix for the logger.
func (l *Logger) Prefix() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.prefix
}

// SetPrefix sets the output prefix for the logger.
func (l *Logger) SetPrefix(prefix string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.prefix = prefix
}

// Flags returns the output flags for the logger.
func (l *Logger) Flags() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.flag
}

// SetFlags sets the output flags for the logger.
func (l *Logger) SetFlags(flag int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.flag = flag
}

// itoa appends i zero-padded to wid digits.
func itoa(buf []byte, i int, wid int) []byte {
	var b [20]byte
	bp := len(b) - 1
	for i >= 10 || wid > 1 {
		wid--
		q := i / 10
		b[bp] = byte('0' + i - q*10)
		bp--
		i = q
	}
	b[bp] = byte('0' + i)
	return append(buf, b[bp:]...)
}

// header builds the line prefix for the flags.
func header(buf []byte, prefix string, flag int, t time.Time, file string, line int) []byte {
	if flag&Lmsgprefix == 0 {
		buf = append(buf, prefix...)
	}
	if flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		if flag&LUTC != 0 {
			t = t.UTC()
		}
		if flag&Ldate != 0 {
			year, month, day := t.Date()
			buf = itoa(buf, year, 4)
			buf = append(buf, '/')
			buf = itoa(buf, int(month), 2)
			buf = append(buf, '/')
			buf = itoa(buf, day, 2)
			buf = append(buf, ' ')
		}
		if flag&(Ltime|Lmicroseconds) != 0 {
			hour, min, sec := t.Clock()
			buf = itoa(buf, hour, 2)
			buf = append(buf, ':')
			buf = itoa(buf, min, 2)
			buf = append(buf, ':')
			buf = itoa(buf, sec, 2)
			if flag&Lmicroseconds != 0 {
				buf = append(buf, '.')
				buf = itoa(buf, t.Nanosecond()/1e3, 6)
			}
			buf = append(buf, ' ')
		}
	}
	if flag&(Lshortfile|Llongfile) != 0 {
		if flag&Lshortfile != 0 {
			short := file
			for i := len(file) - 1; i > 0; i-- {
				if file[i] == '/' {
					short = file[i+1:]
					break
				}
			}
			file = short
		}
		buf = append(buf, file...)
		buf = append(buf, ':')
		buf = itoa(buf, line, -1)
		buf = append(buf, ": "...)
	}
	if flag&Lmsgprefix != 0 {
		buf = append(buf, prefix...)
	}
	return buf
}

// Output writes the output for a logging event: the header, s, and a
// newline if s lacks one. calldepth counts the frames to skip to find the
// caller's file and line (2 for the package functions and Logger methods).
func (l *Logger) Output(calldepth int, s string) error {
	now := time.Now()
	l.mu.Lock()
	prefix, flag := l.prefix, l.flag
	l.mu.Unlock()
	var file string
	var line int
	if flag&(Lshortfile|Llongfile) != 0 {
		var ok bool
		_, file, line, ok = runtime.Caller(calldepth)
		if !ok {
			file = "???"
			line = 0
		}
	}
	buf := header(nil, prefix, flag, now, file, line)
	buf = append(buf, s...)
	if len(s) == 0 || s[len(s)-1] != '\n' {
		buf = append(buf, '\n')
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	_, err := l.out.Write(buf)
	return err
}

// Print calls l.Output to print to the logger, as fmt.Print does.
func (l *Logger) Print(v ...any) { l.Output(2, fmt.Sprint(v...)) }

// Printf calls l.Output to print to the logger, as fmt.Printf does.
func (l *Logger) Printf(format string, v ...any) { l.Output(2, fmt.Sprintf(format, v...)) }

// Println calls l.Output to print to the logger, as fmt.Println does.
func (l *Logger) Println(v ...any) { l.Output(2, fmt.Sprintln(v...)) }

// Fatal is Print followed by os.Exit(1).
func (l *Logger) Fatal(v ...any) {
	l.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

// Fatalf is Printf followed by os.Exit(1).
func (l *Logger) Fatalf(format string, v ...any) {
	l.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

// Fatalln is Println followed by os.Exit(1).
func (l *Logger) Fatalln(v ...any) {
	l.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic is Print followed by a call to panic with the message.
func (l *Logger) Panic(v ...any) {
	s := fmt.Sprint(v...)
	l.Output(2, s)
	panic(s)
}

// Panicf is Printf followed by a call to panic with the message.
func (l *Logger) Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	l.Output(2, s)
	panic(s)
}

// Panicln is Println followed by a call to panic with the message.
func (l *Logger) Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	l.Output(2, s)
	panic(s)
}

// SetOutput sets the output destination for the standard logger.
func SetOutput(w io.Writer) { std.SetOutput(w) }

// Flags returns the output flags for the standard logger.
func Flags() int { return std.Flags() }

// SetFlags sets the output flags for the standard logger.
func SetFlags(flag int) { std.SetFlags(flag) }

// Prefix returns the output prefix for the standard logger.
func Prefix() string { return std.Prefix() }

// SetPrefix sets the output prefix for the standard logger.
func SetPrefix(prefix string) { std.SetPrefix(prefix) }

// Writer returns the output destination for the standard logger.
func Writer() io.Writer { return std.Writer() }

// Print prints to the standard logger, as fmt.Print does.
func Print(v ...any) { std.Output(2, fmt.Sprint(v...)) }

// Printf prints to the standard logger, as fmt.Printf does.
func Printf(format string, v ...any) { std.Output(2, fmt.Sprintf(format, v...)) }

// Println prints to the standard logger, as fmt.Println does.
func Println(v ...any) { std.Output(2, fmt.Sprintln(v...)) }

// Fatal is Print followed by os.Exit(1).
func Fatal(v ...any) {
	std.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

// Fatalf is Printf followed by os.Exit(1).
func Fatalf(format string, v ...any) {
	std.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

// Fatalln is Println followed by os.Exit(1).
func Fatalln(v ...any) {
	std.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic is Print followed by a call to panic.
func Panic(v ...any) {
	s := fmt.Sprint(v...)
	std.Output(2, s)
	panic(s)
}

// Panicf is Printf followed by a call to panic.
func Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	std.Output(2, s)
	panic(s)
}

// Panicln is Println followed by a call to panic.
func Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	std.Output(2, s)
	panic(s)
}

// Output writes the output for a logging event on the standard logger.
func Output(calldepth int, s string) error {
	return std.Output(calldepth+1, s)
}
