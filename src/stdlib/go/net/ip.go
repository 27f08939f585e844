package net

// IP address lengths (bytes).
const (
	IPv4len = 4
	IPv6len = 16
)

// An IP is a single IP address: 4 bytes (IPv4) or 16 bytes (IPv6, or IPv4
// in its IPv4-mapped IPv6 form).
type IP []byte

// An IPMask is a bitmask that can be used to manipulate IP addresses.
type IPMask []byte

var v4InV6Prefix = []byte{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff}

// IPv4 returns the IP address (in 16-byte form) of the IPv4 address a.b.c.d.
func IPv4(a, b, c, d byte) IP {
	p := make(IP, IPv6len)
	copy(p, v4InV6Prefix)
	p[12] = a
	p[13] = b
	p[14] = c
	p[15] = d
	return p
}

// Well-known addresses.
var (
	IPv4bcast     = IPv4(255, 255, 255, 255)
	IPv4allsys    = IPv4(224, 0, 0, 1)
	IPv4allrouter = IPv4(224, 0, 0, 2)
	IPv4zero      = IPv4(0, 0, 0, 0)
	IPv6zero      = IP{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}
	IPv6loopback  = IP{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}
)

func isZeros(p IP) bool {
	for _, b := range p {
		if b != 0 {
			return false
		}
	}
	return true
}

// To4 converts the IPv4 address ip to a 4-byte representation, or nil if ip
// is not an IPv4 address.
func (ip IP) To4() IP {
	if len(ip) == IPv4len {
		return ip
	}
	if len(ip) == IPv6len && isZeros(ip[0:10]) && ip[10] == 0xff && ip[11] == 0xff {
		return ip[12:16]
	}
	return nil
}

// To16 converts ip to a 16-byte representation, or nil.
func (ip IP) To16() IP {
	if len(ip) == IPv4len {
		return IPv4(ip[0], ip[1], ip[2], ip[3])
	}
	if len(ip) == IPv6len {
		return ip
	}
	return nil
}

// IsLoopback reports whether ip is a loopback address.
func (ip IP) IsLoopback() bool {
	if ip4 := ip.To4(); ip4 != nil {
		return ip4[0] == 127
	}
	return ip.Equal(IPv6loopback)
}

// IsUnspecified reports whether ip is an unspecified address (0.0.0.0 or ::).
func (ip IP) IsUnspecified() bool {
	return ip.Equal(IPv4zero) || ip.Equal(IPv6zero)
}

// Equal reports whether ip and x are the same address (an IPv4 address and
// its IPv6 form are the same).
func (ip IP) Equal(x IP) bool {
	if len(ip) == len(x) {
		return string(ip) == string(x)
	}
	if len(ip) == IPv4len && len(x) == IPv6len {
		return string(x[0:12]) == string(v4InV6Prefix) && string(ip) == string(x[12:])
	}
	if len(ip) == IPv6len && len(x) == IPv4len {
		return string(ip[0:12]) == string(v4InV6Prefix) && string(ip[12:]) == string(x)
	}
	return false
}

const hexDigit = "0123456789abcdef"

func appendDecimal(b []byte, v int) []byte {
	if v >= 100 {
		b = append(b, byte('0'+v/100))
	}
	if v >= 10 {
		b = append(b, byte('0'+v/10%10))
	}
	return append(b, byte('0'+v%10))
}

func appendHex16(b []byte, v int) []byte {
	started := false
	for shift := 12; shift >= 0; shift -= 4 {
		d := (v >> uint(shift)) & 0xF
		if d != 0 || started || shift == 0 {
			b = append(b, hexDigit[d])
			started = true
		}
	}
	return b
}

// String returns the form of ip: dotted decimal for IPv4 (including
// IPv4-mapped IPv6), RFC 5952 for IPv6, "<nil>" for an empty IP, and "?"
// followed by hex for a malformed one.
func (ip IP) String() string {
	if len(ip) == 0 {
		return "<nil>"
	}
	if p4 := ip.To4(); len(p4) == IPv4len {
		var b []byte
		for i := 0; i < 4; i++ {
			if i > 0 {
				b = append(b, '.')
			}
			b = appendDecimal(b, int(p4[i]))
		}
		return string(b)
	}
	if len(ip) != IPv6len {
		b := []byte{'?'}
		for _, c := range ip {
			b = append(b, hexDigit[c>>4], hexDigit[c&0xF])
		}
		return string(b)
	}
	// Find the longest run of zero groups (at least two) to elide with "::".
	e0, e1 := -1, -1
	for i := 0; i < IPv6len; i += 2 {
		j := i
		for j < IPv6len && ip[j] == 0 && ip[j+1] == 0 {
			j += 2
		}
		if j > i && j-i > e1-e0 && j-i >= 4 {
			e0, e1 = i, j
		}
		if j > i {
			i = j - 2
		}
	}
	var b []byte
	for i := 0; i < IPv6len; i += 2 {
		if i == e0 {
			b = append(b, ':', ':')
			i = e1
			if i >= IPv6len {
				break
			}
		} else if i > 0 {
			b = append(b, ':')
		}
		b = appendHex16(b, int(ip[i])<<8|int(ip[i+1]))
	}
	return string(b)
}

// parseIPv4 parses "a.b.c.d"; nil if invalid.
func parseIPv4(s string) IP {
	var p [IPv4len]byte
	for i := 0; i < IPv4len; i++ {
		if len(s) == 0 {
			return nil
		}
		if i > 0 {
			if s[0] != '.' {
				return nil
			}
			s = s[1:]
		}
		n, c := 0, 0
		for c < len(s) && '0' <= s[c] && s[c] <= '9' {
			n = n*10 + int(s[c]-'0')
			c++
			if n > 255 {
				return nil
			}
		}
		if c == 0 || c > 1 && s[0] == '0' {
			return nil // no digits, or a leading zero
		}
		s = s[c:]
		p[i] = byte(n)
	}
	if len(s) != 0 {
		return nil
	}
	return IPv4(p[0], p[1], p[2], p[3])
}

// parseIPv6 parses an IPv6 address (with "::" and a trailing IPv4 part); nil
// if invalid.
func parseIPv6(s string) IP {
	ip := make(IP, IPv6len)
	ellipsis := -1
	if len(s) >= 2 && s[0] == ':' && s[1] == ':' {
		ellipsis = 0
		s = s[2:]
		if len(s) == 0 {
			return ip
		}
	}
	i := 0
	for i < IPv6len {
		// A hex group, or an embedded IPv4 address.
		n, c := 0, 0
		for c < len(s) && c < 5 {
			d := s[c]
			var v int
			switch {
			case '0' <= d && d <= '9':
				v = int(d - '0')
			case 'a' <= d && d <= 'f':
				v = int(d-'a') + 10
			case 'A' <= d && d <= 'F':
				v = int(d-'A') + 10
			default:
				v = -1
			}
			if v < 0 {
				break
			}
			n = n*16 + v
			c++
		}
		if c == 0 || c > 4 {
			return nil
		}
		if c < len(s) && s[c] == '.' {
			if ellipsis < 0 && i != IPv6len-IPv4len {
				return nil
			}
			if i+IPv4len > IPv6len {
				return nil
			}
			ip4 := parseIPv4(s)
			if ip4 == nil {
				return nil
			}
			copy(ip[i:], ip4[12:])
			i += IPv4len
			s = ""
			break
		}
		ip[i] = byte(n >> 8)
		ip[i+1] = byte(n)
		i += 2
		s = s[c:]
		if len(s) == 0 {
			break
		}
		if s[0] != ':' || len(s) == 1 {
			return nil
		}
		s = s[1:]
		if s[0] == ':' {
			if ellipsis >= 0 {
				return nil
			}
			ellipsis = i
			s = s[1:]
			if len(s) == 0 {
				break
			}
		}
	}
	if len(s) != 0 {
		return nil
	}
	if i < IPv6len {
		if ellipsis < 0 {
			return nil
		}
		n := IPv6len - i
		for j := i - 1; j >= ellipsis; j-- {
			ip[j+n] = ip[j]
		}
		for j := ellipsis + n - 1; j >= ellipsis; j-- {
			ip[j] = 0
		}
	} else if ellipsis >= 0 {
		return nil // an ellipsis must stand for at least one group
	}
	return ip
}

// ParseIP parses s as an IPv4 or IPv6 address; nil if it is not one.
// IPv4 addresses come back in 16-byte form.
func ParseIP(s string) IP {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.':
			return parseIPv4(s)
		case ':':
			return parseIPv6(s)
		}
	}
	return nil
}
