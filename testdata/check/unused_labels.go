// errorcheck

// Labels that are defined but never used, and labels defined twice.

package p

func f() {
Unused: // ERROR "label Unused defined and not used"
	for {
		break
	}
Used:
	for {
		break Used
	}
Dup:
	for {
		break Dup
	}
Dup: // ERROR "label Dup already defined at"
	for {
		break
	}
	goto Nowhere // ERROR "label Nowhere not defined"
}
