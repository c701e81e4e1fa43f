#!/usr/bin/env python3
"""Prints, as JSON, every step of the CI files that `congkhai init` writes.

Usage: ci_steps.py REPO. Each YAML file is parsed with python3-yaml (a parse
error fails here); the test (tests/cli/ci_templates_test.cc) then runs every
shell step against the scaffold. GitHub/Gitea steps keep their job, name and
`run:` or `uses:` (with its `with:`), the environment the job and step set, the job's matrix;
a GitLab job's `script:` lines make one step, with its `variables:` and `parallel:` count.
"""
import json
import sys
from pathlib import Path

import yaml

def main():
    repo = Path(sys.argv[1])
    steps = []
    # Every workflow of both forges: a workflow added to the scaffold is run by the test too.
    files = sorted(repo.glob(".github/workflows/*.yml")) + sorted(repo.glob(".gitea/workflows/*.yml"))
    for path in files:
        rel = path.relative_to(repo).as_posix()
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        for job_id, job in doc["jobs"].items():
            for i, step in enumerate(job.get("steps", [])):
                env = {k: str(v) for k, v in {**(job.get("env") or {}), **(step.get("env") or {})}.items()}
                steps.append({"file": rel, "job": job_id, "index": i, "name": step.get("name", ""),
                              "run": step.get("run"), "uses": step.get("uses"),
                              "with": {k: str(v) for k, v in (step.get("with") or {}).items()}, "env": env,
                              "matrix": (job.get("strategy") or {}).get("matrix") or {},
                              "container": (job.get("container") or {}).get("image", "")})
    doc = yaml.safe_load((repo / ".gitlab-ci.yml").read_text(encoding="utf-8"))
    for job_id, job in doc.items():
        if isinstance(job, dict) and "script" in job:
            image = job.get("image", {})
            steps.append({"file": ".gitlab-ci.yml", "job": job_id, "index": 0, "name": job_id,
                          "run": "\n".join(job["script"]), "uses": None,
                          "env": {k: str(v) for k, v in (job.get("variables") or {}).items()},
                          "parallel": job.get("parallel", 0),
                          "container": image.get("name", "") if isinstance(image, dict) else image})
    json.dump(steps, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
