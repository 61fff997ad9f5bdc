#!/bin/sh
# Build the GBK/CRLF report and its clean control copy from the UTF-8 source.
# The clean copy reverts the 7 injected contradictions listed in expected.json.
set -e
cd "$(dirname "$0")"
SRC=l-canjiren-2023.utf8.txt
CLEAN=l-canjiren-2023.clean.utf8.txt
sed -e 's/（四）满意度指标分析/（四）效益指标分析/' \
    -e 's/县级财政配套134\.00万元/县级财政配套124.00万元/' \
    -e 's/截至二〇二二年十二月三十一日/截至二〇二三年十二月三十一日/' \
    -e 's/不少于2,700人/不少于2,600人/' \
    -e 's/≥2,700人/≥2,600人/' \
    -e 's/达到2,700人得8分/达到2,600人得8分/' \
    -e 's/22个三级指标/21个三级指标/' \
    -e 's/至2月30日/至2月29日/' \
    -e 's/扣1\.5分，得3分。/扣1.5分，得3.5分。/' \
    "$SRC" > "$CLEAN"
for f in l-canjiren-2023 l-canjiren-2023.clean; do
  if [ "$f" = l-canjiren-2023 ]; then in=$SRC; else in=$CLEAN; fi
  sed 's/$/\r/' "$in" | iconv -f UTF-8 -t GBK > "$f.txt"
done
# sanity: 8 changed lines (7 contradictions; the target one touches 3 lines, the money and year ones share a line)
diff "$SRC" "$CLEAN" | grep -c '^>' 
