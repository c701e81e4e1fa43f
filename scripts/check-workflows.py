#!/usr/bin/env python3
"""Checks the GitHub workflows in .github/workflows/ without GitHub (CTest runs it: `workflows`).

    scripts/check-workflows.py                 parse and check every workflow (seconds)
    scripts/check-workflows.py --run release:deb
                                               also run that job's shell steps here, in order, as GitHub
                                               would (minutes: a Release build, cpack, the clean-root test)

Checks: every file parses (python3-yaml); every job has runs-on and steps, every step one of uses/run,
every `needs` names a job of the file; every run step is valid bash; every scripts/ or tests/ path a
step names exists (scripts invoked directly are executable) and every `make` target is in the Makefile;
no step adds a third-party apt repository; the upload paths of failure artifacts are where the browser
suite and the fuzzers write; in ci.yml the Pages deployment does not wait for the tests or the fuzzers,
and a nightly schedule exists; release.yml runs on v* tags and attaches what scripts/make-deb.sh makes.
The sharded national build that `congkhai init --national` writes (scaffold/toan-quoc/) is checked too:
its GitHub matrix and GitLab parallel job agree on the shard count with what they pass to
ci/dung-toan-quoc.sh, each shard restores and saves its own history cache and uploads its results, and the
index job waits for every shard and downloads all of their results (tests/cli/national_build_test.cc runs
the steps themselves).
Prints one line per problem and exits 1 when there is any.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORKFLOWS = os.path.join(ROOT, ".github", "workflows")
problems = []


def problem(where, what):
    problems.append(f"{where}: {what}")


def triggers(doc):
    # YAML 1.1 reads the key `on` as the boolean true.
    return doc.get("on", doc.get(True))


def make_targets():
    targets = set()
    with open(os.path.join(ROOT, "Makefile"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^([A-Za-z0-9_.-]+)\s*:(?!=)", line)
            if m:
                targets.add(m.group(1))
    return targets


def plain(script):
    """The step's script with GitHub expressions replaced by a harmless word."""
    return re.sub(r"\$\{\{.*?\}\}", "EXPR", script)


def check_run(where, script, targets):
    result = subprocess.run(["bash", "-n"], input=plain(script), text=True, capture_output=True)
    if result.returncode != 0:
        problem(where, "not valid bash: " + result.stderr.strip())
    for path in re.findall(r"(?<![\w./-])((?:scripts|tests|fuzz|bench)/[\w./-]*\w)", script):
        full = os.path.join(ROOT, path)
        if not os.path.exists(full):
            problem(where, f"names {path}, which does not exist")
    for path in re.findall(r"(?:^|[;&|]\s*|\n\s*)((?:scripts|tests)/[\w./-]+\.(?:sh|py))", script):
        if os.path.exists(os.path.join(ROOT, path)) and not os.access(os.path.join(ROOT, path), os.X_OK):
            problem(where, f"runs {path} directly, but it is not executable")
    for target in re.findall(r"(?:^|[;&|]\s*|\n\s*)make\s+([A-Za-z][\w.-]*)", script):
        if target not in targets:
            problem(where, f"runs `make {target}`, which the Makefile does not have")
    if re.search(r"add-apt-repository|sources\.list\.d|nodesource|curl[^\n|]*\|\s*(?:sudo\s+)?(?:ba)?sh", script):
        problem(where, "adds a third-party package source (the CI must use Debian's packages only)")


def needs_of(job):
    needs = job.get("needs", [])
    return [needs] if isinstance(needs, str) else list(needs)


def closure(jobs, name):
    seen, todo = set(), [name]
    while todo:
        for need in needs_of(jobs.get(todo.pop(), {})):
            if need not in seen:
                seen.add(need)
                todo.append(need)
    return seen


def runs(job):
    return "\n".join(step.get("run", "") for step in job.get("steps", []))


def check_file(path, targets):
    name = os.path.relpath(path, ROOT)
    try:
        with open(path, encoding="utf-8") as f:
            doc = yaml.safe_load(f)
    except yaml.YAMLError as error:
        problem(name, f"does not parse: {error}")
        return None
    if not isinstance(doc, dict) or not triggers(doc) or not isinstance(doc.get("jobs"), dict):
        problem(name, "needs `on` and `jobs`")
        return None
    jobs = doc["jobs"]
    for job_name, job in jobs.items():
        where = f"{name}: job {job_name}"
        if "runs-on" not in job:
            problem(where, "has no runs-on")
        for need in needs_of(job):
            if need not in jobs:
                problem(where, f"needs {need}, which is not a job here")
        if job_name in closure(jobs, job_name):
            problem(where, "needs itself (a cycle)")
        for i, step in enumerate(job.get("steps") or []):
            step_where = f"{where}, step {i + 1} ({step.get('name') or step.get('uses') or 'run'})"
            if ("uses" in step) == ("run" in step):
                problem(step_where, "must have exactly one of uses and run")
            if "run" in step:
                check_run(step_where, step["run"], targets)
        if not job.get("steps"):
            problem(where, "has no steps")
    return doc


def read(path):
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        return f.read()


def check_ci(doc):
    jobs = doc["jobs"]
    on = triggers(doc)
    if not (isinstance(on, dict) and on.get("schedule")):
        problem("ci.yml", "has no nightly schedule (statuses depend on the date)")
    slow = {n for n, j in jobs.items() if re.search(r"make test|run-fuzzers", runs(j))}
    if not slow:
        problem("ci.yml", "no job runs `make test`")
    for job_name, job in jobs.items():
        uses = [s.get("uses", "") for s in job.get("steps", [])]
        if any(u.startswith("actions/deploy-pages") for u in uses):
            waits = closure(jobs, job_name) & slow
            if waits:
                problem(f"ci.yml: job {job_name}", f"deploys only after {', '.join(sorted(waits))} (tests/fuzzing)")
        for step in job.get("steps", []):
            if step.get("uses", "").startswith("actions/upload-artifact") and step.get("if") == "failure()":
                paths = step.get("with", {}).get("path", "")
                expected = {
                    "tests/browser/output/": ("tests/browser/run.sh", '"$here/output"'),
                    "build-asan/fuzz-build/fuzz-artifacts/": ("scripts/run-fuzzers.sh", "fuzz-artifacts"),
                }
                for upload, (source, marker) in expected.items():
                    if upload not in paths:
                        problem(f"ci.yml: job {job_name}", f"does not upload {upload} on failure")
                    elif marker not in read(source):
                        problem(f"ci.yml: job {job_name}", f"uploads {upload}, but {source} no longer writes there")
                if "FUZZ_BUILD_DIR=${CMAKE_BINARY_DIR}/fuzz-build" not in read("tests/CMakeLists.txt"):
                    problem("ci.yml", "tests/CMakeLists.txt no longer runs the fuzzers in build-asan/fuzz-build")
    if jobs.get("test", {}).get("container") != "debian:12":
        problem("ci.yml: job test", "must run in the stock debian:12 container")


def check_release(doc):
    on = triggers(doc)
    tags = (on.get("push") or {}).get("tags", []) if isinstance(on, dict) else []
    if "v*" not in tags:
        problem("release.yml", "does not run on v* tags")
    everything = "\n".join(runs(j) for j in doc["jobs"].values())
    for script in ("scripts/make-deb.sh", "scripts/test-deb-debootstrap.sh", "scripts/test-image.sh"):
        if script not in everything:
            problem("release.yml", f"never runs {script}")
    attached = [s for j in doc["jobs"].values() for s in j.get("steps", [])
                if s.get("uses", "").startswith("softprops/action-gh-release")]
    if not attached or "dist/congkhai_*.deb" not in attached[0].get("with", {}).get("files", ""):
        problem("release.yml", "does not attach dist/congkhai_*.deb to the release")
    if not any(s.get("uses", "").startswith("docker/build-push-action")
               for j in doc["jobs"].values() for s in j.get("steps", [])):
        problem("release.yml", "does not push the image")


def run_job(doc, job_name):
    """Runs the job's shell steps here, in order, with the GITHUB_* variables a tag push would set."""
    described = subprocess.run(["git", "describe", "--tags", "--match", "v[0-9]*", "--abbrev=0"], cwd=ROOT,
                               capture_output=True, text=True).stdout.strip()
    if not described:
        version = re.search(r"project\(congkhai VERSION ([0-9.]+)", read("CMakeLists.txt")).group(1)
        described = "v" + version
    home = tempfile.mkdtemp(prefix="congkhai-workflow-home.")  # `git config --global` stays in here
    cache = os.environ.get("CK_DEBIAN_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "congkhai", "debian-root")
    env = dict(os.environ, HOME=home, CK_DEBIAN_CACHE=cache, GITHUB_WORKSPACE=ROOT, GITHUB_REF_NAME=described,
               GITHUB_SERVER_URL="https://github.com", GITHUB_REPOSITORY="local/congkhai",
               GITHUB_REPOSITORY_OWNER="local", GITHUB_ENV=os.path.join(home, "env"))
    try:
        run_steps(doc["jobs"][job_name]["steps"], job_name, env)
    finally:
        shutil.rmtree(home, ignore_errors=True)


def run_steps(steps, job_name, env):
    for step in steps:
        if "run" not in step:
            print(f"-- skipped (an action, runs on GitHub only): {step.get('uses')}")
            continue
        print(f"-- {step.get('name', 'run')}", flush=True)
        result = subprocess.run(["bash", "-e", "-c", plain(step["run"])], cwd=ROOT, env=env)
        if result.returncode != 0:
            problem(f"{job_name}", f"step '{step.get('name', 'run')}' failed with exit code {result.returncode}")
            return


NATIONAL = os.path.join(ROOT, "scaffold", "toan-quoc")


def scaffold_yaml(path):
    """A scaffold template parsed as YAML, its @CK_…@ placeholders filled with a harmless word."""
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(re.sub(r"@CK_[A-Z_]+@", "ck-placeholder", f.read()))


def check_national():
    where = "scaffold/toan-quoc"
    script = os.path.join(NATIONAL, "ci", "dung-toan-quoc.sh")
    if not os.path.exists(script):
        problem(where, "has no ci/dung-toan-quoc.sh")
    elif subprocess.run(["sh", "-n", script], capture_output=True).returncode != 0:
        problem(where, "ci/dung-toan-quoc.sh is not valid sh")
    gh = scaffold_yaml(os.path.join(NATIONAL, "dot_github", "workflows", "xay-dung.yml"))
    jobs = gh.get("jobs", {})
    shard, index = jobs.get("lo", {}), jobs.get("chi-muc", {})
    gw = where + "/dot_github/workflows/xay-dung.yml"
    matrix = shard.get("strategy", {}).get("matrix", {}).get("lo", [])
    total = int(shard.get("env", {}).get("SO_LO", 0))
    if matrix != list(range(1, total + 1)):
        problem(gw, f"matrix lo {matrix} is not 1..SO_LO ({total})")
    if total > 256:
        problem(gw, "a matrix has at most 256 jobs")
    if shard.get("strategy", {}).get("fail-fast", True):
        problem(gw, "fail-fast must be false: one failing shard must not cancel the others")
    steps = shard.get("steps", [])
    uses = [s.get("uses", "") for s in steps]
    checkout = next((s for s in steps if s.get("uses", "").startswith("actions/checkout")), {})
    if checkout.get("with", {}).get("fetch-depth") != 0:
        problem(gw, "the shards need the whole history (fetch-depth: 0)")
    caches = [s for s in steps if s.get("uses", "").startswith("actions/cache/")]
    kinds = [s["uses"].split("@")[0] for s in caches]
    if kinds != ["actions/cache/restore", "actions/cache/save"]:
        problem(gw, "each shard must restore its history cache before building and save it after")
    for s in caches:
        w = s.get("with", {})
        if w.get("path") != shard.get("env", {}).get("CK_CACHE") or "matrix.lo" not in w.get("key", ""):
            problem(gw, f"{s['uses']}: the cache must be CK_CACHE, keyed per shard (matrix.lo)")
    if caches and caches[-1].get("if") != "always()":
        problem(gw, "the history cache is saved even when the shard fails (if: always())")
    runs_shard = "\n".join(s.get("run", "") for s in steps)
    if 'ci/dung-toan-quoc.sh lo "$LO" "$SO_LO"' not in runs_shard:
        problem(gw, "the shard job does not run ci/dung-toan-quoc.sh lo \"$LO\" \"$SO_LO\"")
    upload = next((s for s in steps if s.get("uses", "").startswith("actions/upload-artifact")), None)
    if not upload or upload["with"].get("name") != "lo-${{ matrix.lo }}" or upload["with"].get("path") != "ket-qua/":
        problem(gw, "each shard must upload ket-qua/ as lo-<shard>")
    if needs_of(index) != ["lo"]:
        problem(gw, "the index job must need the shard job")
    download = next((s for s in index.get("steps", []) if s.get("uses", "").startswith("actions/download-artifact")), {})
    dw = download.get("with", {})
    if dw.get("pattern") != "lo-*" or dw.get("path") != "ket-qua" or dw.get("merge-multiple") is not True:
        problem(gw, "the index job must download every lo-* artifact merged into ket-qua")
    if "ci/dung-toan-quoc.sh chi-muc" not in runs(index):
        problem(gw, "the index job does not run ci/dung-toan-quoc.sh chi-muc")
    for name, job in jobs.items():
        for i, step in enumerate(job.get("steps", [])):
            if "run" in step:
                result = subprocess.run(["bash", "-n"], input=plain(step["run"]), text=True, capture_output=True)
                if result.returncode != 0:
                    problem(f"{gw}: job {name}, step {i + 1}", "not valid bash: " + result.stderr.strip())
    gl = scaffold_yaml(os.path.join(NATIONAL, "dot_gitlab-ci.yml"))
    glw = where + "/dot_gitlab-ci.yml"
    shard, index = gl.get("dung-lo", {}), gl.get("chi-muc", {})
    if not isinstance(shard.get("parallel"), int) or not 2 <= shard["parallel"] <= 200:
        problem(glw, "dung-lo needs parallel: N (2..200, GitLab's limit)")
    if 'ci/dung-toan-quoc.sh lo "$CI_NODE_INDEX" "$CI_NODE_TOTAL"' not in "\n".join(shard.get("script", [])):
        problem(glw, "dung-lo does not run ci/dung-toan-quoc.sh lo \"$CI_NODE_INDEX\" \"$CI_NODE_TOTAL\"")
    cache = shard.get("cache", {})
    if "$CI_NODE_INDEX" not in cache.get("key", "") or cache.get("when") != "always" or \
            [p.rstrip("/") for p in cache.get("paths", [])] != [shard.get("variables", {}).get("CK_CACHE")]:
        problem(glw, "dung-lo must keep CK_CACHE per shard (key with $CI_NODE_INDEX, when: always)")
    if shard.get("variables", {}).get("GIT_DEPTH") != "0":
        problem(glw, "the shards need the whole history (GIT_DEPTH: \"0\")")
    if "ket-qua/" not in shard.get("artifacts", {}).get("paths", []):
        problem(glw, "dung-lo must keep ket-qua/ as its artifact")
    if index.get("needs") != ["dung-lo"] or "ci/dung-toan-quoc.sh chi-muc" not in "\n".join(index.get("script", [])):
        problem(glw, "chi-muc must need dung-lo and run ci/dung-toan-quoc.sh chi-muc")


def main(argv):
    targets = make_targets()
    docs = {}
    for entry in sorted(os.listdir(WORKFLOWS)):
        if entry.endswith((".yml", ".yaml")):
            docs[entry] = check_file(os.path.join(WORKFLOWS, entry), targets)
    for required in ("ci.yml", "release.yml"):
        if required not in docs:
            problem(required, "is missing")
    if docs.get("ci.yml"):
        check_ci(docs["ci.yml"])
    if docs.get("release.yml"):
        check_release(docs["release.yml"])
    check_national()
    if len(argv) == 2 and argv[0] == "--run" and not problems:
        workflow, _, job = argv[1].partition(":")
        run_job(docs[workflow + ".yml"], job)
    for line in problems:
        print("check-workflows: " + line, file=sys.stderr)
    print(f"check-workflows: {len(docs)} workflows, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
