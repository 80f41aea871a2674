"""wrk runs with a Lua script: a new client address per request, p50/p95/p99 printed as one JSON line.

Every request carries its own X-Forwarded-For address (the server trusts one proxy, as in production behind
the TLS proxy): the open-data API limits each address to 1,000 requests an hour, and 32 connections from one
address would measure the limit, not the page.
"""

import json
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

CONNECTIONS = 32
THREADS = 2

_COMMON = r"""
local thread_number = 0
setup = function(thread)
  thread_number = thread_number + 1
  thread:set("number", thread_number)
end

init = function(args)
  math.randomseed(os.time() * 100 + (number or 0))
  init_requests(args)
end

local function address()
  return "10." .. math.random(0, 255) .. "." .. math.random(0, 255) .. "." .. math.random(1, 254)
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH {"requests": %d, "duration_us": %d, "bytes": %d, "connect": %d, "read": %d, "write": %d, ' ..
    '"status": %d, "timeout": %d, "p50": %d, "p95": %d, "p99": %d, "max": %d}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
"""

GET_SCRIPT = (
    _COMMON
    + r"""
function init_requests(args) end

request = function()
  return wrk.format("GET", nil, {["X-Forwarded-For"] = address()})
end
"""
)

# Each line of the work file: session key, proposal id, value. Threads start at different lines.
VOTE_SCRIPT = (
    _COMMON
    + r"""
local work = {}
local position = 0

function init_requests(args)
  for line in io.lines(args[1]) do
    local session, proposal, value = line:match("(%S+) (%S+) (%S+)")
    work[#work + 1] = {session, proposal, value}
  end
  position = ((number or 1) - 1) * math.floor(#work / 8)
end

request = function()
  position = position % #work + 1
  local item = work[position]
  local token = "benchcsrftoken0123456789abcdefgh"
  return wrk.format("POST", "/vorschlaege/" .. item[2] .. "/abstimmen/", {
    ["Cookie"] = "SESSIONCOOKIE=" .. item[1] .. "; CSRFCOOKIE=" .. token,
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Accept"] = "application/json",
    ["X-Forwarded-For"] = address(),
  }, "csrfmiddlewaretoken=" .. token .. "&value=" .. item[3])
end
"""
)
CSRF_TOKEN = "benchcsrftoken0123456789abcdefgh"  # any 32 letters and digits: cookie and field agree


@dataclass
class WrkResult:
    requests: int
    seconds: float
    errors: int  # connect/read/write errors, timeouts and responses outside 2xx/3xx
    p50_ms: float
    p95_ms: float
    p99_ms: float
    max_ms: float
    bytes: int

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def run(url: str, *, seconds: float, script: str = GET_SCRIPT, args: list[str] = (), timeout: float = 60) -> WrkResult:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as file:
        file.write(script)
        path = Path(file.name)
    try:
        command = ["wrk", f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{max(1, round(seconds))}s",
                   f"--timeout={round(timeout)}s", "-s", str(path), url, *args]  # fmt: skip
        output = subprocess.run(command, capture_output=True, text=True, check=False).stdout
    finally:
        path.unlink()
    line = next((line for line in output.splitlines() if line.startswith("BENCH ")), None)
    if line is None:  # wrk itself failed (it says why on stderr): no answers counted
        return WrkResult(requests=0, seconds=seconds, errors=1, p50_ms=0, p95_ms=0, p99_ms=0, max_ms=0, bytes=0)
    data = json.loads(line.removeprefix("BENCH "))
    return WrkResult(
        requests=data["requests"],
        seconds=data["duration_us"] / 1e6,
        errors=sum(data[key] for key in ("connect", "read", "write", "status", "timeout")),
        p50_ms=data["p50"] / 1000,
        p95_ms=data["p95"] / 1000,
        p99_ms=data["p99"] / 1000,
        max_ms=data["max"] / 1000,
        bytes=data["bytes"],
    )


def vote_script(session_cookie: str, csrf_cookie: str) -> str:
    return VOTE_SCRIPT.replace("SESSIONCOOKIE", session_cookie).replace("CSRFCOOKIE", csrf_cookie)
