# Floating-point arithmetic on struct fields: the Sun and the four gas giants
# pulled along by Newtonian gravity with a fixed time step (a symplectic
# Euler integrator); the total energy before and after is the checksum.
import math

PI = math.pi
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


class Body:
    __slots__ = ("x", "y", "z", "vx", "vy", "vz", "mass")

    def __init__(self, x, y, z, vx, vy, vz, mass):
        self.x, self.y, self.z = x, y, z
        self.vx, self.vy, self.vz = vx, vy, vz
        self.mass = mass


def planet(x, y, z, vx, vy, vz, mass):
    return Body(x, y, z, vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR, mass * SOLAR_MASS)


def system():
    return [
        Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS),
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
    ]


def zero_momentum(bs):
    """Gives the Sun the velocity that makes the system's total momentum zero."""
    px = py = pz = 0.0
    for b in bs:
        px += b.vx * b.mass
        py += b.vy * b.mass
        pz += b.vz * b.mass
    bs[0].vx = -px / SOLAR_MASS
    bs[0].vy = -py / SOLAR_MASS
    bs[0].vz = -pz / SOLAR_MASS


def energy(bs):
    e = 0.0
    n = len(bs)
    for i in range(n):
        a = bs[i]
        e += 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz)
        for j in range(i + 1, n):
            b = bs[j]
            dx, dy, dz = a.x - b.x, a.y - b.y, a.z - b.z
            e -= a.mass * b.mass / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def step(bs, dt):
    sqrt = math.sqrt
    n = len(bs)
    for i in range(n):
        a = bs[i]
        for j in range(i + 1, n):
            b = bs[j]
            dx, dy, dz = a.x - b.x, a.y - b.y, a.z - b.z
            d2 = dx * dx + dy * dy + dz * dz
            f = dt / (d2 * sqrt(d2))
            a.vx -= dx * b.mass * f
            a.vy -= dy * b.mass * f
            a.vz -= dz * b.mass * f
            b.vx += dx * a.mass * f
            b.vy += dy * a.mass * f
            b.vz += dz * a.mass * f
    for a in bs:
        a.x += dt * a.vx
        a.y += dt * a.vy
        a.z += dt * a.vz


def main():
    bs = system()
    zero_momentum(bs)
    print("%.9f" % energy(bs))
    for _ in range(1000000):
        step(bs, 0.01)
    print("%.9f" % energy(bs))


main()
