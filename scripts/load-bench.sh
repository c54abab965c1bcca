#!/usr/bin/env bash
# Load benchmark (not a CI test): the web service on loopback, 32 concurrent clients on a mix of search and section
# pages for 30 s (wrk, from Debian's packages), while the index is rebuilt twice by `legalkb index` on the same corpus
# and index folders. Prints requests/s, p50/p99 latency and failed requests (anything but 200, plus socket errors).
#
#   scripts/load-bench.sh [--duration 30] [--connections 32] [--threads 2] [--big-document MB] [--max-rss-mb 1024]
#                         [--editor-publishes]
#
# --big-document MB adds a generated fictional document of MB megabytes (scripts/big-document.py: one section of a
# quarter of it, 999 articles sharing the rest) to a copy of the corpus, puts its pages, long-section pages and API
# answers into the mix, and fails the run when the service's peak resident memory goes over --max-rss-mb (1024).
# The service's resident memory is sampled every half second and its peak (VmHWM) reported either way.
#
# --editor-publishes replaces the two CLI rebuilds by an editor publishing two fictional documents through the editor
# area (scripts/editor-publish.sh: sign in, upload, preview, "Công bố", progress page), on a copy of the corpus with an
# account made by `legalkb users add`; the second document cites the first.
#
# Bounded in time (duration + about a minute for building and indexing); the corpus is only read, the index is a
# temporary folder removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

duration=30
connections=32
threads=2
big_mb=""
max_rss_mb=1024
editor=""
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --big-document) big_mb=$2; shift 2 ;;
    --max-rss-mb) max_rss_mb=$2; shift 2 ;;
    --editor-publishes) editor=1; shift ;;
    *) echo "unknown option: $1" >&2; exit 1 ;;
  esac
done

command -v wrk >/dev/null 2>&1 || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y wrk)
command -v curl >/dev/null 2>&1 || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y curl)

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
echo "building (Release)…"
dotnet build src/HauGiang.LegalKb.Web -c Release -v quiet -nologo >/dev/null
dotnet build src/HauGiang.LegalKb.Cli -c Release -v quiet -nologo >/dev/null
web=src/HauGiang.LegalKb.Web/bin/Release/net10.0/HauGiang.LegalKb.Web.dll
cli=src/HauGiang.LegalKb.Cli/bin/Release/net10.0/legalkb.dll

work=$(mktemp -d)
index="$work/index"
corpus="$PWD/corpus"
if [ -n "$big_mb" ] || [ -n "$editor" ]; then
  cp -r "$corpus" "$work/corpus"
  corpus="$work/corpus"
fi
if [ -n "$big_mb" ]; then
  python3 scripts/big-document.py "$big_mb" "$corpus/sources/ke-hoach-9990-lon.txt"
  echo "big document: $(du -b "$corpus/sources/ke-hoach-9990-lon.txt" | cut -f1) bytes in $corpus/sources"
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
base="http://127.0.0.1:$port"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if [ -n "$editor" ]; then
  # The editor's account (as the README says to make the first one) and two fictional documents to publish.
  echo "bench-editor-password-1" | dotnet "$cli" users add bientap --role editor --index "$index" >/dev/null
  python3 - "$work" <<'PY'
import sys
head = "ỦY BAN NHÂN DÂN\nTỈNH THỬ NGHIỆM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
one = head + "Số: 9981/KH-UBND\nThử Nghiệm, ngày 01 tháng 3 năm 2032\nKẾ HOẠCH\nĐO TẢI KHI CÔNG BỐ VĂN BẢN\nỦy ban nhân dân tỉnh Thử Nghiệm ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n1. Đo tải hư cấu khi biên tập viên công bố văn bản.\n"
two = head + "Số: 9982/KH-UBND\nThử Nghiệm, ngày 02 tháng 3 năm 2032\nKẾ HOẠCH\nTIẾP NỐI VIỆC ĐO TẢI\nỦy ban nhân dân tỉnh Thử Nghiệm ban hành Kế hoạch như sau:\nI. NHIỆM VỤ\n1. Thực hiện Kế hoạch số 9981/KH-UBND ngày 01/3/2032 của Ủy ban nhân dân tỉnh Thử Nghiệm.\n"
open(sys.argv[1] + "/ke-hoach-9981.txt", "w", encoding="utf-8").write(one)
open(sys.argv[1] + "/ke-hoach-9982.txt", "w", encoding="utf-8").write(two)
PY
fi

ASPNETCORE_ENVIRONMENT=Production dotnet "$web" --urls "$base" --corpus "$corpus" --index "$index" --poll-seconds 1 \
  >"$work/server.log" 2>&1 &
server_pid=$!

# Resident memory of the service, every half second, in kB.
rss_log="$work/rss.txt"
( while kill -0 "$server_pid" 2>/dev/null; do
    awk '/^VmRSS/ { print $2 }' "/proc/$server_pid/status" 2>/dev/null >>"$rss_log" || true
    sleep 0.5
  done ) &
sampler_pid=$!
rss_mb() { awk '/^'"$1"'/ { printf "%d", $2 / 1024 }' "/proc/$server_pid/status"; }

for _ in $(seq 1 600); do
  curl -fsS "$base/api/status" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fsS "$base/api/status" >/dev/null || { echo "the server did not start" >&2; cat "$work/server.log" >&2; exit 1; }
generation_before=$(curl -fsS "$base/api/status")
rss_ready=$(rss_mb VmRSS)

# The mix: every section page of every document with full text, and searches (with and without diacritics,
# numbers, phrases, filters), about half and half.
paths="$work/paths.txt"
curl -fsS "$base/api/documents" | python3 -c '
import json, sys, urllib.request, urllib.parse
base = sys.argv[1]
docs = json.load(sys.stdin)
docs = docs if isinstance(docs, list) else docs.get("documents", [])
sections = []
def walk(node):
    if isinstance(node, dict):
        i = node.get("id")
        if isinstance(i, str) and "/" in i:
            sections.append(i)
        for v in node.values():
            walk(v)
    elif isinstance(node, list):
        for v in node:
            walk(v)
for d in docs:
    if d.get("hasFullText", True):
        walk(json.load(urllib.request.urlopen(base + "/api/documents/" + urllib.parse.quote(d["id"]))))
sections = sorted(set(sections))
queries = ["nguoi cao tuoi", "người cao tuổi", "dân chủ cơ sở", "dan chu co so", "217/QĐ-TW", "\"giám sát và phản biện xã hội\"",
           "mặt trận tổ quốc", "thanh nien", "phụ nữ", "cựu chiến binh", "kiểm tra giám sát", "hội nông dân", "tuyên truyền -báo",
           "người có uy tín", "xay dung dang"]
searches = ["/tim-kiem?q=" + urllib.parse.quote_plus(q) for q in queries]
searches += ["/tim-kiem?q=" + urllib.parse.quote_plus(q) + "&page=2" for q in queries[:5]]
pages = ["/van-ban/" + "/".join(urllib.parse.quote(p, safe="") for p in s.split("/", 1)) for s in sections]
mix = []
for i in range(max(len(pages), len(searches))):
    mix.append(pages[i % len(pages)])
    mix.append(searches[i % len(searches)])
print("\n".join(mix))
print(f"{len(pages)} section pages, {len(searches)} searches", file=sys.stderr)
' "$base" >"$paths"

# With the big document: its document pages, pages of its long section and the API answers that used to grow with it.
if [ -n "$big_mb" ]; then
  big=9990-kh-ubnd-2032
  articles=$(python3 -c 'print(",".join(f"9990-kh-ubnd-2032/art_{n}" for n in range(1, 21)))')
  for p in "/van-ban/$big" "/van-ban/$big?page=2" "/van-ban/$big?page=50" "/van-ban/$big/part_I__sec_1" \
      "/van-ban/$big/part_I__sec_1?page=2" "/van-ban/$big/part_I__sec_1?page=100" "/api/documents/$big" \
      "/api/sections/$big/part_I__sec_1" "/api/sections/$big/part_I__sec_1?page=20" "/api/sections/$big/part_II" \
      "/api/quotations/$big/part_I__sec_1?page=3" "/tap-tai-lieu?s=$articles" "/tap-tai-lieu/tai-ve.md?s=$articles" \
      "/tap-tai-lieu/tai-ve.docx?s=$articles"; do
    for _ in 1 2 3 4 5; do echo "$p"; done
  done >>"$paths"
fi

# Every path answers 200 before the run starts.
while read -r p; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$base$p")
  [ "$code" = 200 ] || { echo "warm-up: $p answered $code" >&2; exit 1; }
done <"$paths"
rss_warm=$(rss_mb VmRSS)

# Two rebuilds of the index during the run, on the same corpus and index folders: by the CLI, or by an editor publishing.
if [ -n "$editor" ]; then
(
  sleep $((duration / 6))
  scripts/editor-publish.sh "$base" bientap bench-editor-password-1 "$work/ke-hoach-9981.txt" >"$work/publish-1.log" 2>&1 \
    && echo "rebuild 1 done at $(date +%T) ($(cat "$work/publish-1.log"))" || echo "rebuild 1 FAILED: $(cat "$work/publish-1.log")"
  sleep $((duration / 3))
  scripts/editor-publish.sh "$base" bientap bench-editor-password-1 "$work/ke-hoach-9982.txt" >"$work/publish-2.log" 2>&1 \
    && echo "rebuild 2 done at $(date +%T) ($(cat "$work/publish-2.log"))" || echo "rebuild 2 FAILED: $(cat "$work/publish-2.log")"
) >"$work/rebuilds.txt" &
else
(
  sleep $((duration / 6))
  dotnet "$cli" index --corpus "$corpus" --index "$index" >"$work/index-1.log" 2>&1 && echo "rebuild 1 done at $(date +%T)" || echo "rebuild 1 FAILED"
  sleep $((duration / 3))
  dotnet "$cli" index --corpus "$corpus" --index "$index" >"$work/index-2.log" 2>&1 && echo "rebuild 2 done at $(date +%T)" || echo "rebuild 2 FAILED"
) >"$work/rebuilds.txt" &
fi
rebuild_pid=$!

echo "load: $connections connections, $threads threads, ${duration}s against $base (started $(date +%T))"
LEGALKB_BENCH_PATHS="$paths" wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 5s --latency \
  -s scripts/load-bench.lua "$base" | tee "$work/wrk.txt"
wait "$rebuild_pid" || true
cat "$work/rebuilds.txt"
generation_after=$(curl -fsS "$base/api/status")
echo "status before: $generation_before"
echo "status after:  $generation_after"
rss_end=$(rss_mb VmRSS)
rss_peak=$(rss_mb VmHWM)
rss_sampled=$(sort -n "$rss_log" | tail -1 | awk '{ printf "%d", $1 / 1024 }')
kill "$sampler_pid" 2>/dev/null || true

line=$(grep '^BENCH ' "$work/wrk.txt")
value() { echo "$line" | tr ' ' '\n' | grep "^$1=" | cut -d= -f2; }
failed=$(( $(value errors_connect) + $(value errors_read) + $(value errors_write) + $(value errors_timeout) + $(value errors_status) ))
non200=$(grep -oE 'Non-2xx or 3xx responses: [0-9]+' "$work/wrk.txt" | grep -oE '[0-9]+$' || echo 0)
echo
echo "requests: $(value requests) in $(value seconds) s = $(value rps) requests/s"
echo "latency: p50 $(value p50_ms) ms, p90 $(value p90_ms) ms, p99 $(value p99_ms) ms, max $(value max_ms) ms"
echo "failed requests: $failed (non-2xx/3xx: $non200); index rebuilds: $(grep -c 'done' "$work/rebuilds.txt")/2"
echo "service memory (RSS): ready $rss_ready MB, after warm-up $rss_warm MB, at the end $rss_end MB, peak $rss_peak MB (VmHWM; sampled max $rss_sampled MB)"
[ "$failed" -eq 0 ] && [ "$(grep -c 'done' "$work/rebuilds.txt")" -eq 2 ] && { [ -z "$big_mb" ] || [ "$rss_peak" -le "$max_rss_mb" ]; }
