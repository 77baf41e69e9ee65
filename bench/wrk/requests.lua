-- wrk script: replay a prepared list of requests (one per line, tab-separated:
-- METHOD, PATH, TOKEN or "-", BODY or "-") round-robin, each wrk thread taking its own share,
-- and print the results as one JSON line that bench/run.py parses.
--
--   wrk -t1 -c16 -d10s -s bench/wrk/requests.lua http://127.0.0.1:8765 -- requests.tsv

local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

local prepared = {}
local position = 0

local function split(line)
  local fields = {}
  for field in string.gmatch(line, "([^\t]+)") do
    table.insert(fields, field)
  end
  return fields
end

function init(args)
  local nthreads = tonumber(args[2]) or 1
  local index = 0
  for line in io.lines(args[1]) do
    if line ~= "" then
      if index % nthreads == id then
        local f = split(line)
        local headers = {}
        if f[3] ~= "-" then
          headers["Authorization"] = "Bearer " .. f[3]
        end
        local body = nil
        if f[4] ~= nil and f[4] ~= "-" then
          body = f[4]
          headers["Content-Type"] = "application/json"
        end
        table.insert(prepared, wrk.format(f[1], f[2], headers, body))
      end
      index = index + 1
    end
  end
  if #prepared == 0 then
    error("no requests for thread " .. id)
  end
end

function request()
  position = position % #prepared + 1
  return prepared[position]
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"duration_us":%d,"bytes":%d,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latency_us":{"mean":%.1f,"p50":%d,"p90":%d,"p99":%d,"p999":%d,"max":%d}}\n',
    summary.requests, summary.duration, summary.bytes,
    e.connect, e.read, e.write, e.status, e.timeout,
    latency.mean, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency:percentile(99.9), latency.max))
end
