package buildfail

import "testing"

func TestF(t *testing.T) {
	if F() != undefinedName {
		t.Error("no")
	}
}
