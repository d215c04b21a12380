-- wrk reporter: one line with throughput, latency percentiles in ms, and socket errors and HTTP errors (status > 399).
function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("rps=%.0f p50=%.1f p95=%.1f p99=%.1f max=%.1f requests=%d socket_errors=%d http_errors=%d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests, errors, summary.errors.status))
end
