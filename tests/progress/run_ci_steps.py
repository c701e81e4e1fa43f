#!/usr/bin/env python3
"""Runs the shell steps of a CI job from a commune repository's workflow files
locally, the way the runner would, and lists the steps it cannot run here.

    run_ci_steps.py github REPO JOB    .github/workflows/nhap-tep.yml, job JOB
    run_ci_steps.py gitlab REPO JOB    ci/nhap-tep.gitlab-ci.yml, job JOB

Steps that need the host (actions from the marketplace, the GitHub or GitLab
API, a push to the hosted repository) are printed as "BỎ QUA: <step>: <why>".
Environment variables the host would set come from this process's environment.
Exit code: the first failing step's, else 0.
"""
import os
import subprocess
import sys

import yaml

# Steps a local run cannot do, and why.
SKIP = {
    "actions/checkout": "the test made the clone itself (full history, as fetch-depth: 0)",
    "actions/upload-artifact": "artifact storage is GitHub's",
    "actions/download-artifact": "artifact storage is GitHub's",
}


def run(script, shell, repo, env):
    r = subprocess.run(shell + [script], cwd=repo, env=env)
    return r.returncode


def github(repo, job_name):
    wf = yaml.safe_load(open(os.path.join(repo, ".github/workflows/nhap-tep.yml"), encoding="utf-8"))
    for other, job in wf["jobs"].items():
        if other != job_name:
            print(f"BỎ QUA: job {other}: needs the GitHub API (gh pr create / gh workflow run) on github.com")
    env = dict(os.environ)
    outputs = {}
    for step in wf["jobs"][job_name]["steps"]:
        name = step.get("name") or step.get("uses")
        if "uses" in step:
            print(f"BỎ QUA: {name}: {SKIP.get(step['uses'].split('@')[0], 'a marketplace action')}")
            continue
        cond = step.get("if", "")
        if "so_commit != '0'" in cond and outputs.get("so_commit") == "0":
            print(f"BỎ QUA: {name}: condition {cond} is false")
            continue
        out_file = os.path.join(env["CK_TAM"], f"output-{step.get('id', 'x')}")
        open(out_file, "w").close()
        env["GITHUB_OUTPUT"] = out_file
        print(f"CHẠY: {name}", flush=True)
        code = run(step["run"], ["bash", "-e", "-c"], repo, env)  # GitHub's default shell: bash -e {0}
        for line in open(out_file, encoding="utf-8"):
            if "=" in line:
                k, v = line.rstrip("\n").split("=", 1)
                outputs[k] = v
        if code != 0:
            return code
    print("OUTPUTS: " + " ".join(f"{k}={v}" for k, v in sorted(outputs.items())))
    return 0


def gitlab(repo, job_name):
    ci = yaml.safe_load(open(os.path.join(repo, "ci/nhap-tep.gitlab-ci.yml"), encoding="utf-8"))
    job = ci[job_name]
    env = dict(os.environ)
    env.update({k: str(v) for k, v in job.get("variables", {}).items()})
    print("CHẠY: " + job_name, flush=True)
    return run("\n".join(job["script"]), ["sh", "-e", "-c"], repo, env)


if __name__ == "__main__":
    host, repo, job = sys.argv[1:4]
    sys.exit(github(repo, job) if host == "github" else gitlab(repo, job))
