"""Where one brief's time goes, process by process (issue 14): `.venv/bin/python scripts/bench_path.py [RUNS] [cold]`.

Runs `tailor samples/resume.pdf JOB -o brief.pdf` (warm matcher cache, or with `cold` an empty one each run;
a core to spare) in fresh processes
under a wrapper that notes each process's wall clock and CPU seconds where the two processes wait for each
other, taking turns with WeasyPrint alone rendering that brief's HTML. On a shared machine the wall clock
measures the neighbours, so the chain a user waits for on two idle cores is rebuilt from the CPU seconds:

    skills process:  fork + spaCy and the matcher -> résumé skills -> posting skills
    this process:    fork + later stages' import, the résumé read, WeasyPrint's import, the posting read
                     -> (waits for the résumé's skills) -> (waits for the posting's) -> fit, draft, audit, render

(A tree that reads the posting after the first wait, as before 2026-11-29 17:00, is rebuilt that way.)

Prints, per run, each chain's CPU seconds and the critical path; then the medians and their ratio to
WeasyPrint alone's CPU seconds, beside the wall-clock ratio and the load average.
"""

from __future__ import annotations

import compileall
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"

# Runs tailor's CLI with marks: "name>" / "name<" around the calls below, "fork" when the skills process
# starts, "wait>" / "wait<" around every wait for a result from it. Each process prints its marks as
# name=wall/cpu, the skills process after each call it runs, this one at exit. The CPU seconds include those
# of the programs a process ran and waited for (WeasyPrint's import runs ldconfig, gcc and ld); the skills
# process is reaped only at the end, after the render, which is where the path stops.
WRAPPER = r'''
import atexit, contextlib, functools, os, resource, sys, time
from concurrent.futures import Future
T0 = float(os.environ["BENCH_T0"])
MARKS = []
def mark(name):
    done = resource.getrusage(resource.RUSAGE_CHILDREN)  # the programs an import ran and waited for
    MARKS.append((name, time.time() - T0, time.process_time() + done.ru_utime + done.ru_stime))
def report(who):
    print(f"PATH {who} " + " ".join(f"{n}={w:.4f}/{c:.4f}" for n, w, c in MARKS), file=sys.stderr, flush=True)
def wrap(module, name, who=None):
    fn = getattr(module, name)
    @functools.wraps(fn)
    def marked(*args, **kwargs):
        mark(name + ">")
        try:
            return fn(*args, **kwargs)
        finally:
            mark(name + "<")
            if who:
                report(who)
    setattr(module, name, marked)
import tailor.batch as batch
for name in ("_extractor_ready", "_taxonomy", "_resume_skills", "_posting_skills"):
    wrap(batch, name, "skills")
wrap(batch, "_load_renderer")
wrap(batch, "render_here")
started = batch.SkillsElsewhere.__init__
def marked_pipeline():
    import tailor.pipeline as pipeline
    for name in ("read_resume", "read_posting", "read_document", "fit_posting"):
        wrap(pipeline, name)
def start(self, *args):
    mark("fork")
    started(self, *args)
    # the stages are imported where tailor imports them: after the fork, so the skills process does not have
    # them, and, in a tree that loads them with the collector paused, inside that pause
    loading = getattr(batch, "_loading_for_good", None)
    if loading is None:
        marked_pipeline()
        return
    @contextlib.contextmanager
    def paused():
        with loading():
            if "tailor.pipeline" not in sys.modules:
                marked_pipeline()
            yield
    batch._loading_for_good = paused
batch.SkillsElsewhere.__init__ = start
result = Future.result
def waited(self, timeout=None):
    mark("wait>")
    try:
        return result(self, timeout)
    finally:
        mark("wait<")
Future.result = waited
main_pid = os.getpid()
atexit.register(lambda: os.getpid() == main_pid and (mark("exit"), report("main")))
from tailor.cli import main
sys.argv = sys.argv[1:]
main()
'''


def marks(stderr: str, who: str) -> dict[str, list[float]]:
    """The CPU seconds of each mark of the last report of `who`, in order of occurrence."""
    line = re.findall(rf"^PATH {who} (.*)$", stderr, re.M)[-1]
    found: dict[str, list[float]] = {}
    for name, value in re.findall(r"(\S+)=(\S+)", line):
        found.setdefault(name, []).append(float(value.split("/")[1]))
    return found


def chains(stderr: str) -> dict[str, float]:
    """Each chain's CPU seconds, and the critical path rebuilt from them (see the module docstring)."""
    m, s = marks(stderr, "main"), marks(stderr, "skills")
    fork = m["fork"][0]
    waits = list(zip(m["wait>"], m["wait<"], strict=True))
    (first_wait, first_back), (second_wait, second_back) = waits[0], waits[1]
    ready = fork + s["_taxonomy<"][0]  # the skills process has spaCy and the matcher
    resume_skills = s["_resume_skills<"][0] - s["_resume_skills>"][0]
    posting_skills = s["_posting_skills<"][0] - s["_posting_skills>"][0]
    resume_back = max(ready, m["read_resume<"][0]) + resume_skills
    resumed = max(first_wait, resume_back)
    if m["read_posting<"][0] < first_wait:  # the posting read ahead, its skills asked for before the wait
        posting_back = max(resumed + (second_wait - first_back),
                           max(resume_back, m["read_posting<"][0]) + posting_skills)
    else:
        posting_back = resumed + (second_wait - first_back) + posting_skills
    render = m["render_here<"][0] - m["render_here>"][0]
    return {
        "before fork": fork,
        "skills chain": ready,
        "this chain": first_wait,
        "résumé read": m["read_resume<"][0] - m["read_resume>"][0],
        "WeasyPrint import": m["_load_renderer<"][0] - m["_load_renderer>"][0],
        "after the wait, before render": m["render_here>"][0] - first_back - (second_back - second_wait),
        "render": render,
        "path": posting_back + (m["render_here<"][0] - second_back),
    }


def as_installed() -> None:
    """Write tailor's bytecode before fresh processes are timed, as pip does when it installs tailor. A checkout
    run with PYTHONDONTWRITEBYTECODE set (as on the machine these figures come from) and no __pycache__
    compiled every module of tailor from source in every run: ~0.1 s more CPU on the chain that imports
    the stages, ~0.03 s on the other, which no installed tailor pays (measured 2026-11-29, BENCHMARKS.md)."""
    compileall.compile_dir(str(ROOT / "tailor"), quiet=1)


def measure(runs: int, cold: bool = False, show: bool = False) -> tuple[dict[str, float], float, float]:
    """Medians of `runs` fresh runs (each chain, the path, the wall time), and WeasyPrint alone's median CPU
    and wall seconds, taking turns, tailor run from its bytecode. `show`: print each run as it ends."""
    as_installed()
    job = sorted((SAMPLES / "jobs").iterdir())[0]
    tailor = [sys.executable, "-c", WRAPPER, "tailor", str(SAMPLES / "resume.pdf"), str(job), "--workers", "2"]
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "TAILOR_CACHE_DIR": tmp, "BENCH_T0": "0"}
        html = Path(tmp) / "b.html"
        subprocess.run([*tailor, "-o", str(html)], check=True, capture_output=True, env=env)  # fills the cache
        # its CPU seconds count the programs its import runs (ldconfig, gcc, ld), as tailor's do
        weasy = [sys.executable, "-c", "import resource, sys, time; from weasyprint import HTML; "
                 "HTML(filename=sys.argv[1]).write_pdf(sys.argv[2]); r = resource.getrusage(resource.RUSAGE_CHILDREN); "
                 "print(time.process_time() + r.ru_utime + r.ru_stime, file=sys.stderr)",
                 str(html), str(Path(tmp) / "w.pdf")]
        rows, alone = [], []
        for _ in range(runs):
            t0 = time.time()
            cache = tempfile.mkdtemp(dir=tmp) if cold else tmp
            r = subprocess.run([*tailor, "-o", str(Path(tmp) / "b.pdf"), "--force"], capture_output=True, text=True,
                               env={**env, "BENCH_T0": repr(t0), "TAILOR_CACHE_DIR": cache})
            if r.returncode:
                raise SystemExit(r.stderr[-2000:])
            rows.append({**chains(r.stderr), "wall": time.time() - t0})
            t0 = time.time()
            w = subprocess.run(weasy, capture_output=True, text=True, check=True)
            alone.append((float(w.stderr.split()[-1]), time.time() - t0))
            if show:
                print(" ".join(f"{k} {v:.3f}" for k, v in rows[-1].items()), f"| alone {alone[-1][0]:.3f}", flush=True)
    med = {k: statistics.median(row[k] for row in rows) for k in rows[0]}
    return med, statistics.median(a for a, _ in alone), statistics.median(w for _, w in alone)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    cold = sys.argv[2:] == ["cold"]
    load = os.getloadavg()[0]
    med, cpu, wall = measure(runs, cold, show=True)
    cache = "empty" if cold else "warm"
    print(f"\nmedians of {runs}, {cache} cache (load average {load:.1f} -> {os.getloadavg()[0]:.1f}): "
          + ", ".join(f"{k} {v:.3f}" for k, v in med.items()))
    print(f"WeasyPrint alone: CPU {cpu:.3f} s, wall {wall:.3f} s. Critical path / WeasyPrint alone (CPU): "
          f"**{med['path'] / cpu:.2f}**; wall / wall: {med['wall'] / wall:.2f}")


if __name__ == "__main__":
    main()
