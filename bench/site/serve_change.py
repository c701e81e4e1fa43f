#!/usr/bin/env python3
"""How long `congkhai serve` takes to show a saved change (docs/scale.md, "serve at scale").

    serve_change.py CONGKHAI SOURCE [--port 18181] [--plan data/xa-thu-1234/kh-01.json] [--changes 5]

Starts `serve` on SOURCE (a repository from bench/site/make_corpus.py) with a fresh cache directory, waits for
the first build, then CHANGES times saves a new progress for task 4 of PLAN and measures the time from the save
to the preview's generation counter (/__congkhai/generation) moving, and checks the task page shows it.
Standard library only; the source repository's working tree is edited (not committed).
"""
import argparse
import json
import os
import subprocess
import tempfile
import time
import urllib.request


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("congkhai")
    ap.add_argument("source")
    ap.add_argument("--port", type=int, default=18181)
    ap.add_argument("--plan", default="data/xa-thu-1234/kh-01.json")
    ap.add_argument("--changes", type=int, default=5)
    args = ap.parse_args()
    cache = tempfile.mkdtemp(prefix="congkhai-serve-cache-")
    log = open(os.path.join(cache, "serve.log"), "w")
    server = subprocess.Popen([args.congkhai, "serve", "--source", args.source, "--port", str(args.port),
                               "--today", "2026-06-30", "--cache-dir", cache], stdout=log, stderr=log)
    base = f"http://127.0.0.1:{args.port}"

    def generation():
        try:
            return int(urllib.request.urlopen(base + "/__congkhai/generation", timeout=5).read())
        except OSError:
            return None

    try:
        start = time.time()
        while (generation() or 0) < 1:
            time.sleep(0.2)
        print(f"first build: {time.time() - start:.1f} s")
        plan = os.path.join(args.source, args.plan)
        commune, plan_id = args.plan.split("/")[1], os.path.splitext(args.plan.split("/")[2])[0]
        for i in range(args.changes):
            time.sleep(2)
            before = generation()
            data = json.load(open(plan, encoding="utf-8"))
            task = data["nhiem_vu"][3]
            task["tien_do"], task["trang_thai"] = 10 + 10 * (i % 9), "dang_thuc_hien"
            task.pop("ngay_hoan_thanh", None)
            saved = time.time()
            open(plan, "w", encoding="utf-8").write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
            while generation() == before:
                time.sleep(0.005)
            shown = time.time() - saved
            page = urllib.request.urlopen(f"{base}/{commune}/{plan_id}/{task['ma']}/index.html").read().decode()
            print(f"change {i}: shown {shown:.3f} s after the save; page has it: {str(task['tien_do']) + '%' in page}")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
