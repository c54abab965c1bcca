-- wrk script for scripts/load-bench.sh: each connection walks through a mix of search and section pages.
-- The paths are read from the file named by LEGALKB_BENCH_PATHS (one path per line), written by the shell script.
local paths = {}
local file = assert(io.open(os.getenv("LEGALKB_BENCH_PATHS"), "r"))
for line in file:lines() do
  if #line > 0 then paths[#paths + 1] = line end
end
file:close()

local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("offset", counter * 7)
end

local i = 0
function request()
  i = i + 1
  local path = paths[((i + (offset or 0)) % #paths) + 1]
  return wrk.format("GET", path)
end

-- No response() callback: it would hand every body to Lua and slow wrk down. wrk counts non-2xx/3xx answers
-- in summary.errors.status; every path is checked to answer 200 before the run.

function done(summary, latency, requests)
  io.write(string.format("BENCH requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f errors_connect=%d errors_read=%d errors_write=%d errors_timeout=%d errors_status=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout, summary.errors.status))
end
