#!/usr/bin/env bash
# Publishes one file through the editor area as a browser would, with curl: signs in (form token and cookies), uploads
# the file, opens its preview, presses "Công bố" and follows the progress page until it says done or failed.
# Used by scripts/load-bench.sh --editor-publishes; bounded: gives up after 120 s.
#
#   scripts/editor-publish.sh BASE_URL USER PASSWORD FILE
set -euo pipefail
base=$1 user=$2 password=$3 file=$4
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
token() { curl -fsS -b "$jar" -c "$jar" "$base$1" | grep -o 'name="__RequestVerificationToken" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }

t=$(token /bien-tap/dang-nhap)
curl -fsS -o /dev/null -b "$jar" -c "$jar" --data-urlencode "__RequestVerificationToken=$t" --data-urlencode "name=$user" \
  --data-urlencode "password=$password" "$base/bien-tap/dang-nhap"
t=$(token /bien-tap/them)
preview=$(curl -fsS -o /dev/null -w '%{redirect_url}' -b "$jar" -c "$jar" -F "__RequestVerificationToken=$t" -F "files=@$file" "$base/bien-tap/them")
[ -n "$preview" ] || { echo "upload of $file was refused" >&2; exit 1; }
preview=${preview#"$base"}
t=$(token "$preview")
job=$(curl -fsS -o /dev/null -w '%{redirect_url}' -b "$jar" -c "$jar" --data-urlencode "__RequestVerificationToken=$t" "$base$preview/cong-bo")
job=${job#"$base"}
for _ in $(seq 1 240); do
  page=$(curl -fsS -b "$jar" -c "$jar" "$base$job")
  if grep -q 'class="success"' <<<"$page"; then
    grep -o 'mã cố định <strong>[^<]*' <<<"$page" | sed 's/.*<strong>/published /'
    exit 0
  fi
  if grep -q 'class="form-error"' <<<"$page"; then
    echo "publication failed: $(grep -o 'class="form-error"[^<]*' <<<"$page")" >&2
    exit 1
  fi
  sleep 0.5
done
echo "publication did not finish in 120 s" >&2
exit 1
