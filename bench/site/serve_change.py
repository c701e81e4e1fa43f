#!/usr/bin/env python3
"""How long `congkhai serve` takes to show a saved change (docs/scale.md, "serve at scale").

    serve_change.py CONGKHAI SOURCE [--port 18181] [--plan data/xa-thu-1234/kh-01.json] [--changes 5] [--during-rebuild]

Starts `serve` on SOURCE (a repository from bench/site/make_corpus.py) with a fresh cache directory, waits for
the first build, then CHANGES times saves a new progress for task 4 of PLAN and measures, from the save:
  shown  the time until the task's page (served by the preview) shows the new progress — the build of that
         commune alone, served over the last whole preview (generator/cli/serve_preview.h);
  whole  the time until the whole incremental rebuild that follows is done (its line in serve's log).
Each change waits for the previous one's whole rebuild; with --during-rebuild, each change is saved 3 s after the
previous one was shown, while that one's whole rebuild runs (an editor saving again), and only "shown" is timed. Standard library only; the source repository's working
tree is edited (not committed); the log is kept in the cache directory printed at the end.
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
    ap.add_argument("--during-rebuild", action="store_true")
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

    def whole_builds():  # lines serve writes when a whole build is done
        with open(os.path.join(cache, "serve.log"), encoding="utf-8", errors="replace") as f:
            return f.read().count("congkhai serve: đã dựng lại ")

    try:
        start = time.time()
        while (generation() or 0) < 1:
            time.sleep(0.2)
        print(f"first build: {time.time() - start:.1f} s", flush=True)
        plan = os.path.join(args.source, args.plan)
        commune, plan_id = args.plan.split("/")[1], os.path.splitext(args.plan.split("/")[2])[0]
        page_url = None
        for i in range(args.changes):
            time.sleep(3 if args.during_rebuild else 1)
            whole_before = whole_builds()
            data = json.load(open(plan, encoding="utf-8"))
            task = data["nhiem_vu"][3]
            page_url = f"{base}/{commune}/{plan_id}/{task['ma']}/index.html"
            progress = 10 + 10 * (i % 9) if task.get("tien_do") != 10 + 10 * (i % 9) else 15
            task["tien_do"], task["trang_thai"] = progress, "dang_thuc_hien"
            task.pop("ngay_hoan_thanh", None)
            marker = f'<progress max="100" value="{progress}">'
            saved = time.time()
            open(plan, "w", encoding="utf-8").write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
            while marker not in urllib.request.urlopen(page_url, timeout=5).read().decode():
                time.sleep(0.01)
            shown = time.time() - saved
            if args.during_rebuild:
                print(f"change {i}: shown {shown:.3f} s after the save (whole rebuilds running: "
                      f"{whole_builds() == whole_before})", flush=True)
                continue
            while whole_builds() == whole_before:
                time.sleep(0.05)
            whole = time.time() - saved
            still = marker in urllib.request.urlopen(page_url, timeout=5).read().decode()
            print(f"change {i}: shown {shown:.3f} s after the save; whole rebuild done {whole:.1f} s after it; "
                  f"page still has it: {still}", flush=True)
        print(f"log: {os.path.join(cache, 'serve.log')}")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
