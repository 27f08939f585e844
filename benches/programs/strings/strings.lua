-- Strings and string-keyed maps: build a text of pseudo-random words in a
-- buffer, split it into words again, count them in a table and fold the
-- sorted counts into a checksum.
local nWords = 500000
local letters = "abcd"
local seed = 42
local function next(n)
  seed = (seed * 1103515245 + 12345) & 0x7fffffff
  return (seed >> 16) % n
end

local buf = {}
for _ = 1, nWords do
  local length = 3 + next(5)
  for _ = 1, length do
    local c = next(#letters) + 1
    buf[#buf + 1] = letters:sub(c, c)
  end
  buf[#buf + 1] = " "
end
local text = table.concat(buf)

local counts = {}
local nw = 0
for w in text:gmatch("%S+") do
  nw = nw + 1
  counts[w] = (counts[w] or 0) + 1
end
local keys = {}
for k in pairs(counts) do keys[#keys + 1] = k end
table.sort(keys)
local sum = 0
for _, k in ipairs(keys) do
  sum = (sum * 31 + counts[k] * #k) % 1000000007
end
print(string.format("%d %d %d %s %s %d", #text, nw, #keys, keys[1], keys[#keys], sum))
