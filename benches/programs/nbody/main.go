// Floating-point arithmetic on struct fields: the Sun and the four gas giants
// pulled along by Newtonian gravity with a fixed time step (a symplectic
// Euler integrator); the total energy before and after is the checksum.
package main

import (
	"fmt"
	"math"
)

type body struct {
	x, y, z, vx, vy, vz, mass float64
}

// Computed at run time (not as Go constants, which are exact) so that every
// language rounds the same float64 operations.
var (
	pi          = math.Pi
	solarMass   = 4 * pi * pi
	daysPerYear = 365.24
)

func planet(x, y, z, vx, vy, vz, mass float64) body {
	return body{x, y, z, vx * daysPerYear, vy * daysPerYear, vz * daysPerYear, mass * solarMass}
}

func system() []body {
	return []body{
		{0, 0, 0, 0, 0, 0, solarMass},
		planet(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
			1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
			9.54791938424326609e-04),
		planet(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
			-2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
			2.85885980666130812e-04),
		planet(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
			2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
			4.36624404335156298e-05),
		planet(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
			2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
			5.15138902046611451e-05),
	}
}

// zeroMomentum gives the Sun the velocity that makes the system's total momentum zero.
func zeroMomentum(bs []body) {
	px, py, pz := 0.0, 0.0, 0.0
	for _, b := range bs {
		px += b.vx * b.mass
		py += b.vy * b.mass
		pz += b.vz * b.mass
	}
	bs[0].vx = -px / solarMass
	bs[0].vy = -py / solarMass
	bs[0].vz = -pz / solarMass
}

func energy(bs []body) float64 {
	e := 0.0
	for i := range bs {
		a := &bs[i]
		e += 0.5 * a.mass * (a.vx*a.vx + a.vy*a.vy + a.vz*a.vz)
		for j := i + 1; j < len(bs); j++ {
			b := &bs[j]
			dx, dy, dz := a.x-b.x, a.y-b.y, a.z-b.z
			e -= a.mass * b.mass / math.Sqrt(dx*dx+dy*dy+dz*dz)
		}
	}
	return e
}

func step(bs []body, dt float64) {
	for i := range bs {
		a := &bs[i]
		for j := i + 1; j < len(bs); j++ {
			b := &bs[j]
			dx, dy, dz := a.x-b.x, a.y-b.y, a.z-b.z
			d2 := dx*dx + dy*dy + dz*dz
			f := dt / (d2 * math.Sqrt(d2))
			a.vx -= dx * b.mass * f
			a.vy -= dy * b.mass * f
			a.vz -= dz * b.mass * f
			b.vx += dx * a.mass * f
			b.vy += dy * a.mass * f
			b.vz += dz * a.mass * f
		}
	}
	for i := range bs {
		a := &bs[i]
		a.x += dt * a.vx
		a.y += dt * a.vy
		a.z += dt * a.vz
	}
}

func main() {
	bs := system()
	zeroMomentum(bs)
	fmt.Printf("%.9f\n", energy(bs))
	for i := 0; i < 1000000; i++ {
		step(bs, 0.01)
	}
	fmt.Printf("%.9f\n", energy(bs))
}
