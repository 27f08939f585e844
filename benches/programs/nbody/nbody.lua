-- Floating-point arithmetic on struct fields: the Sun and the four gas giants
-- pulled along by Newtonian gravity with a fixed time step (a symplectic
-- Euler integrator); the total energy before and after is the checksum.
local sqrt = math.sqrt
local pi = math.pi
local solarMass = 4 * pi * pi
local daysPerYear = 365.24

local function planet(x, y, z, vx, vy, vz, mass)
  return {x = x, y = y, z = z, vx = vx * daysPerYear, vy = vy * daysPerYear,
          vz = vz * daysPerYear, mass = mass * solarMass}
end

local function system()
  return {
    {x = 0.0, y = 0.0, z = 0.0, vx = 0.0, vy = 0.0, vz = 0.0, mass = solarMass},
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
end

-- zeroMomentum gives the Sun the velocity that makes the system's total momentum zero.
local function zeroMomentum(bs)
  local px, py, pz = 0.0, 0.0, 0.0
  for _, b in ipairs(bs) do
    px = px + b.vx * b.mass
    py = py + b.vy * b.mass
    pz = pz + b.vz * b.mass
  end
  bs[1].vx = -px / solarMass
  bs[1].vy = -py / solarMass
  bs[1].vz = -pz / solarMass
end

local function energy(bs)
  local e = 0.0
  local n = #bs
  for i = 1, n do
    local a = bs[i]
    e = e + 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz)
    for j = i + 1, n do
      local b = bs[j]
      local dx, dy, dz = a.x - b.x, a.y - b.y, a.z - b.z
      e = e - a.mass * b.mass / sqrt(dx * dx + dy * dy + dz * dz)
    end
  end
  return e
end

local function step(bs, dt)
  local n = #bs
  for i = 1, n do
    local a = bs[i]
    for j = i + 1, n do
      local b = bs[j]
      local dx, dy, dz = a.x - b.x, a.y - b.y, a.z - b.z
      local d2 = dx * dx + dy * dy + dz * dz
      local f = dt / (d2 * sqrt(d2))
      a.vx = a.vx - dx * b.mass * f
      a.vy = a.vy - dy * b.mass * f
      a.vz = a.vz - dz * b.mass * f
      b.vx = b.vx + dx * a.mass * f
      b.vy = b.vy + dy * a.mass * f
      b.vz = b.vz + dz * a.mass * f
    end
  end
  for i = 1, n do
    local a = bs[i]
    a.x = a.x + dt * a.vx
    a.y = a.y + dt * a.vy
    a.z = a.z + dt * a.vz
  end
end

local bs = system()
zeroMomentum(bs)
print(string.format("%.9f", energy(bs)))
for _ = 1, 1000000 do
  step(bs, 0.01)
end
print(string.format("%.9f", energy(bs)))
