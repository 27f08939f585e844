-- Allocation and garbage collection: many short-lived complete binary trees
-- built and walked while one long-lived tree stays reachable.
local function build(depth)
  if depth == 0 then return {} end
  return {build(depth - 1), build(depth - 1)}
end

local function count(n)
  if n[1] == nil then return 1 end
  return 1 + count(n[1]) + count(n[2])
end

local minDepth, maxDepth = 4, 16
print(string.format("stretch %d %d", maxDepth + 1, count(build(maxDepth + 1))))
local longLived = build(maxDepth)
for d = minDepth, maxDepth, 2 do
  local trees = 1 << (maxDepth - d + minDepth)
  local nodes = 0
  for _ = 1, trees do
    nodes = nodes + count(build(d))
  end
  print(string.format("depth %d %d %d", d, trees, nodes))
end
print(string.format("long-lived %d %d", maxDepth, count(longLived)))
