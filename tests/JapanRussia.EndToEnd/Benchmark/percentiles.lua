-- wrk reporter: one line with throughput, latency percentiles in ms, and socket errors and HTTP errors (status > 399).
-- With VARIED=1 the requests walk a long tail of distinct timeline views (every year span of up to 20 years from 1850
-- to 2025, 3,520 URLs) under the path given, so that nearly every request misses the response cache.
local paths = {}
local counter = 0
function init(args)
  if os.getenv("VARIED") ~= "1" then return end
  local prefix = wrk.path:gsub("%?.*$", "")
  for from = 1850, 2025 do
    for span = 0, 19 do
      paths[#paths + 1] = string.format("%s?from=%d&to=%d", prefix, from, from + span)
    end
  end
  counter = math.random(#paths)
end
function request()
  if #paths == 0 then return wrk.request() end
  counter = counter % #paths + 1
  return wrk.format(nil, paths[counter])
end
function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("rps=%.0f p50=%.1f p95=%.1f p99=%.1f max=%.1f requests=%d socket_errors=%d http_errors=%d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests, errors, summary.errors.status))
end
