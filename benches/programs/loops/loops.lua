-- Integer arithmetic in nested counted loops (no calls, no memory): a
-- multiply-add chain the compiler cannot shortcut.
local n = 6000
local x = 1
for i = 0, n - 1 do
  for j = 0, n - 1 do
    x = (x * 1103515245 + (i ~ j)) & 0x7fffffff
  end
end
print(x)
