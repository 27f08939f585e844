// Package tempenv has nothing: its tests try T.TempDir and T.Setenv.
package tempenv
