-- wrk script for GET /api/events: `-- same` asks one question over and over (the response cache answers all but the
-- first); `-- distinct` asks a question never asked before in the run, so the cache can never answer (the uncached
-- cost). Both ask the same kind of question: SYR's events over a window of about six months, 50 per page, most
-- mentioned first. Request k of the run (wrk threads interleaved) starts its window k days after 2015-01-01 (modulo
-- ten years) and makes it 150 + (k / 3650 modulo 60) days long: distinct for the first 219,000 requests.
-- Prints how many answers came from the cache (X-Cache: hit), to prove the uncached figure uncached.
-- Usage: wrk -t2 -c50 -d20s --latency -s scripts/events.lua URL -- distinct|same THREADS

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  mode = args[1] or "distinct"
  stride = tonumber(args[2] or "2")
  n = 0
  hits = 0
end

local day0 = os.time{year = 2015, month = 1, day = 1, hour = 12}

function request()
  if mode == "same" then
    return wrk.format("GET", "/api/events?actor=SYR&from=2019-01-01&to=2019-06-30&limit=50")
  end
  local k = n * stride + id
  n = n + 1
  local from = day0 + (k % 3650) * 86400
  local to = from + (150 + math.floor(k / 3650) % 60) * 86400
  return wrk.format("GET", string.format("/api/events?actor=SYR&from=%s&to=%s&limit=50",
      os.date("!%Y-%m-%d", from), os.date("!%Y-%m-%d", to)))
end

function response(status, headers, body)
  if headers["X-Cache"] == "hit" then hits = hits + 1 end
end

function done(summary, latency, requests)
  local h = 0
  for _, t in ipairs(threads) do h = h + t:get("hits") end
  io.write(string.format("cache hits: %d of %d\n", h, summary.requests))
end
