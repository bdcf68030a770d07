# Sourced by the bench scripts.
# measure CMD...: runs CMD once and prints "seconds maxrss_mb" (/usr/bin/time -v).
measure() {
  local log; log=$(mktemp)
  /usr/bin/time -v "$@" >/dev/null 2>"$log"
  local wall rss
  wall=$(grep "Elapsed (wall clock)" "$log" | awk -F': ' '{print $2}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep "Maximum resident set size" "$log" | awk -F': ' '{printf "%.0f", $2/1024}')
  rm -f "$log"
  echo "$wall $rss"
}
