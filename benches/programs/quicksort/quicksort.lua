-- Array indexing, comparisons and recursion: a hand-written quicksort
-- (Hoare partition around the middle element) of 1e6 pseudo-random ints.
local function quicksort(a, lo, hi)
  while lo < hi do
    local pivot = a[(lo + hi) // 2]
    local i, j = lo, hi
    while i <= j do
      while a[i] < pivot do i = i + 1 end
      while a[j] > pivot do j = j - 1 end
      if i <= j then
        a[i], a[j] = a[j], a[i]
        i = i + 1
        j = j - 1
      end
    end
    quicksort(a, lo, j)
    lo = i
  end
end

local n = 1000000
local a = {}
local seed = 7
for i = 1, n do
  seed = (seed * 1103515245 + 12345) & 0x7fffffff
  a[i] = seed
end
quicksort(a, 1, n)
local sum, sorted = 0, true
for i = 1, n do
  local v = a[i]
  if i > 1 and a[i - 1] > v then sorted = false end
  sum = (sum + v % 1000003 * i) % 1000000007
end
print(string.format("%s %d %d %d %d", tostring(sorted), a[1], a[n // 2 + 1], a[n], sum))
