"""Run a command and report its wall time and peak memory as JSON:

    python measure_child.py COMMAND [ARG ...]

prints `{seconds, maxrss_kb, returncode, stdout, stderr}`. The peak memory is RUSAGE_CHILDREN's
ru_maxrss read here, in a parent that stays small: Linux counts the size of the process a child
was started from into the child's peak (ru_maxrss survives fork and exec), so a command started
straight from the benchmark's pytest process (some 200 MB of plugins) could never report less.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time

started = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
seconds = time.perf_counter() - started
print(json.dumps({"seconds": seconds, "maxrss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
                  "returncode": done.returncode, "stdout": done.stdout, "stderr": done.stderr}))
