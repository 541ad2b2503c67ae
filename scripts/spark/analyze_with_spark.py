#!/usr/bin/env python3
"""Analyse a folder with CoachLens through Apache Spark, merge the partitions, and check the result against a
plain single-machine run, byte for byte.

    driver: walk FOLDER in CoachLens' order ──► (document, path) pairs, cut into N contiguous partitions
    executors: read each file ──► {"id": document, "base64": bytes} ──► rdd.pipe(coachlens analyze - --format jsonl)
    driver: part-00000 … part-N (JSON lines) ──► coachlens merge ──► reports folder
    check: coachlens analyze FOLDER ──► reports folder; diff -r of the two folders

Files travel as their raw bytes (base64), not as decoded text: CoachLens decodes them itself, exactly as it
decodes a file on disk (encoding detection, front matter, transcripts, Word documents), so documents.csv gets the
same encoding, byte count, status and reason as in the plain run. Exit status: 0 when the two report folders are
identical, 1 when they differ or a partition lost documents, 2 on bad usage.
"""

import argparse
import base64
import json
import os
import shlex
import shutil
import subprocess
import sys
import time


def walk(root):
    """Every entry under `root` that is not a folder, as (document, path), in the order `coachlens analyze` walks:
    names sorted by their UTF-8 bytes folder by folder, hidden entries left out, symbolic links followed."""
    entries = []
    seen = set()

    def visit(folder, prefix):
        info = os.stat(folder)
        identity = (info.st_dev, info.st_ino)
        if identity in seen:
            entries.append((prefix.rstrip("/"), folder))  # a link back to an ancestor: a loop
            return
        seen.add(identity)
        names = sorted(os.listdir(folder), key=lambda name: name.encode("utf-8", "surrogateescape"))
        for name in names:
            if name.startswith("."):
                continue
            path = os.path.join(folder, name)
            if os.path.isdir(path):
                visit(path, prefix + name + "/")
            else:
                entries.append((prefix + name, path))
        seen.discard(identity)

    visit(root, "")
    return entries


def to_json_line(entry):
    """One input line for `coachlens analyze -`: the file's bytes, read where the task runs."""
    document, path = entry
    with open(path, "rb") as handle:
        data = handle.read()
    return json.dumps({"id": document, "base64": base64.b64encode(data).decode("ascii")})


def run(command, **kwargs):
    started = time.monotonic()
    completed = subprocess.run(command, **kwargs)
    return completed.returncode, time.monotonic() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", help="folder to analyse (on shared storage for a cluster)")
    parser.add_argument("--coachlens", required=True, help="the coachlens binary the driver runs (merge, check)")
    parser.add_argument("--executor-coachlens",
                        help="the binary as the executors see it, e.g. ./coachlens/coachlens from --archives "
                             "(default: --coachlens, which then must be on shared storage)")
    parser.add_argument("--work", default="spark-run", help="where the parts and both report folders go")
    parser.add_argument("--master", default="local[2]", help="Spark master when not run by spark-submit (default: local[2])")
    parser.add_argument("--partitions", type=int, default=4, help="number of partitions (default: 4)")
    parser.add_argument("--jobs", type=int, default=1, help="--jobs of each coachlens task (default: 1)")
    parser.add_argument("--no-check", action="store_true",
                        help="skip the plain single-machine run and the comparison (for corpora too big for one machine)")
    args = parser.parse_args()
    if not os.path.isdir(args.folder):
        parser.error(f"not a folder: {args.folder}")
    coachlens = os.path.abspath(args.coachlens)
    if not os.access(coachlens, os.X_OK):
        parser.error(f"not an executable: {coachlens}")

    from pyspark import SparkConf
    from pyspark.sql import SparkSession

    work = os.path.abspath(args.work)
    parts, merged, plain = (os.path.join(work, name) for name in ("parts", "spark-reports", "plain-reports"))
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    timings = []

    started = time.monotonic()
    entries = walk(os.path.abspath(args.folder))
    timings.append(("walk the folder (driver)", time.monotonic() - started))
    if not entries:
        print(f"nothing to analyse in {args.folder}", file=sys.stderr)
        return 2
    unreadable = [document for document, path in entries if not os.path.isfile(path)]
    if unreadable:
        # coachlens lists these as errors from the walk itself; they have no bytes to send.
        print("not regular files (broken links, link loops, devices), remove them first: " + ", ".join(unreadable),
              file=sys.stderr)
        return 2

    started = time.monotonic()
    conf = SparkConf().setAppName("coachlens").set("spark.ui.showConsoleProgress", "false")
    if not conf.contains("spark.master"):
        conf.setMaster(args.master)  # run by spark-submit, its --master wins
    spark = SparkSession.builder.config(conf=conf).getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    timings.append(("start Spark (JVM, local mode)", time.monotonic() - started))

    started = time.monotonic()
    command = " ".join(shlex.quote(part) for part in
                       [args.executor_coachlens or coachlens, "analyze", "-", "--format", "jsonl", "--jobs", str(args.jobs), "--progress", "never"])
    # parallelize cuts the list into contiguous slices, so each part is already in walk order and merge reads it
    # as one sorted run. Exit status 1 (some files skipped) is a normal outcome: the line count is checked instead.
    (spark.sparkContext.parallelize(entries, args.partitions)
        .map(to_json_line)
        .pipe(command)
        .saveAsTextFile("file://" + parts))  # the shared folder itself, whatever the cluster's default file system
    timings.append((f"Spark job: {args.partitions} partitions piped into coachlens", time.monotonic() - started))
    spark.stop()

    part_files = sorted(os.path.join(parts, name) for name in os.listdir(parts) if name.startswith("part-"))
    written = 0
    for part in part_files:
        with open(part, "rb") as handle:
            written += sum(1 for line in handle if line.strip())
    if written != len(entries):
        print(f"FAILED: {len(entries)} files sent, {written} documents came back", file=sys.stderr)
        return 1

    status, seconds = run([coachlens, "merge", *part_files, "--out", merged, "--progress", "never"])
    timings.append((f"coachlens merge ({len(part_files)} parts)", seconds))
    if args.no_check:
        for label, seconds in timings:
            print(f"{seconds:8.2f} s  {label}")
        return status if status in (0, 1) else 1
    plain_status, seconds = run([coachlens, "analyze", args.folder, "--out", plain, "--jobs", "2", "--progress", "never"])
    timings.append(("plain coachlens analyze --jobs 2 (reference)", seconds))

    print(f"\n{len(entries)} files, {sum(os.path.getsize(path) for _, path in entries)} bytes")
    for label, seconds in timings:
        print(f"{seconds:8.2f} s  {label}")
    if status != plain_status:
        print(f"FAILED: merge exited {status}, the plain run {plain_status}", file=sys.stderr)
        return 1
    difference, _ = run(["diff", "-r", plain, merged])
    if difference != 0:
        print(f"FAILED: {merged} differs from {plain}", file=sys.stderr)
        return 1
    print(f"identical: diff -r {plain} {merged}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
