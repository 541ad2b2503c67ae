#!/bin/sh
# Analyse FOLDER (default: corpus) through Apache Spark in local mode and check the merged reports equal a plain
# `coachlens analyze FOLDER` byte for byte. Needs Java 17 and python3 with venv; installs PySpark from PyPI into
# .build-spark/venv the first time, and builds coachlens in release mode unless COACHLENS names a binary.
#   scripts/spark/analyze-with-spark.sh [FOLDER] [--partitions N] [--master local[2]] [--jobs N] [--work DIR]
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
folder=${1:-corpus}
[ $# -gt 0 ] && shift
venv=${SPARK_VENV:-$root/.build-spark/venv}

command -v java >/dev/null || { echo "Java 17 est requis : apt-get install -y openjdk-17-jre-headless" >&2; exit 2; }
if ! "$venv/bin/python" -c "import pyspark" 2>/dev/null; then
    python3 -m venv "$venv" || { echo "python3 -m venv a échoué : apt-get install -y python3-venv" >&2; exit 2; }
    "$venv/bin/pip" install --quiet "pyspark==4.3.0"
fi
if [ -z "${COACHLENS:-}" ]; then
    (cd "$root" && swift build -c release --scratch-path .build-release --product coachlens >&2)
    COACHLENS=$root/.build-release/release/coachlens
fi
exec "$venv/bin/python" "$root/scripts/spark/analyze_with_spark.py" --coachlens "$COACHLENS" \
    --work "${SPARK_WORK:-$root/.build-spark/run}" "$folder" "$@"
