-- wrk: a long tail of distinct timeline views (year spans 1850–2025 and every page of each), so that nearly every request
-- misses the response cache and measures the full render. The path given on the command line is the prefix ("/" or "/api/events").
local paths = {}
local counter = 0
function init(args)
  local prefix = wrk.path:gsub("%?.*$", "")
  for from = 1850, 2025 do
    for span = 0, 19 do
      paths[#paths + 1] = string.format("%s?from=%d&to=%d", prefix, from, from + span)
    end
  end
  counter = math.random(#paths)
end
function request()
  counter = counter % #paths + 1
  return wrk.format(nil, paths[counter])
end
-- wrk reporter: one line with throughput, latency percentiles in ms, and socket errors and HTTP errors (status > 399).
function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("rps=%.0f p50=%.1f p95=%.1f p99=%.1f max=%.1f requests=%d socket_errors=%d http_errors=%d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests, errors, summary.errors.status))
end
