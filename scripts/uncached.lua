-- every request asks a different question, so the server's response cache never helps: the uncached worst case
request = function()
  local y = math.random(2015, 2024)
  local m = math.random(1, 12)
  local d = math.random(1, 28)
  local path = string.format("/api/events?actor=SYR&from=%d-%02d-%02d&to=%d-12-31&limit=50", y, m, d, y)
  return wrk.format("GET", path)
end
