-- Integer-keyed maps: insert 1e6 scattered keys into a table, then look up
-- 2e6 keys of which half are present.
local n = 1000000
local mul = 2654435761 -- odd, so i -> i*mul mod 2^32 is one-to-one
local m = {}
local size = 0
for i = 0, n - 1 do
  local k = i * mul % (1 << 32)
  if m[k] == nil then size = size + 1 end
  m[k] = i
end
local hits, sum = 0, 0
for i = 0, 2 * n - 1 do
  local v = m[i * mul % (1 << 32)]
  if v ~= nil then
    hits = hits + 1
    sum = sum + v
  end
end
print(string.format("%d %d %d", size, hits, sum))
