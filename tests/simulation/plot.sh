#!/bin/sh
# Draws the retry-budget chart from the simulation's CSV files:
#   tests/simulation/plot.sh [DIR]     (DIR: where retry_storm --csv wrote; default: the committed results)
# and writes DIR/retry_budgets.svg. Needs gnuplot (Debian: gnuplot-nox).
set -eu
dir=${1:-$(dirname "$0")/results}
gnuplot <<GNUPLOT
set terminal svg size 900,720 dynamic font "sans,11" background "white"
set output "$dir/retry_budgets.svg"
set datafile separator ","
set key outside right top
set grid ytics
set multiplot layout 2,1
# Columns: second, then per configuration its attempts and successes, in
# the table's order: no retries, no budget, grpc, aws_standard, standard,
# standard shared.
set title "Total outage from 30 s to 90 s: attempts sent per second (1000 clients, 1000 requests/s)"
set xlabel "virtual seconds"
set ylabel "attempts per second"
set xrange [20:100]
set yrange [0:*]
plot "$dir/outage_per_second.csv" using 1:4 with steps lw 2 lc rgb "#9400d3" title "no budget", \
     "" using 1:8 with steps lw 2 lc rgb "#009e73" title "aws\\\\_standard", \
     "" using 1:10 with steps lw 2 lc rgb "#56b4e9" title "standard", \
     "" using 1:6 with steps lw 2 lc rgb "#e69f00" title "grpc", \
     "" using 1:12 with steps lw 2 lc rgb "#0072b2" title "standard shared", \
     "" using 1:2 with steps lw 1 dt 2 lc "black" title "no retries"
set title "Overload: 1000 requests/s offered to a server that serves 666.7/s; successes per second"
set ylabel "successful responses per second"
set xrange [0:120]
set yrange [0:700]
plot 666.7 with lines dt 3 lc "gray" title "capacity", \
     "$dir/overload_per_second.csv" using 1:5 with steps lw 2 lc rgb "#9400d3" title "no budget", \
     "" using 1:9 with steps lw 2 lc rgb "#009e73" title "aws\\\\_standard", \
     "" using 1:11 with steps lw 2 lc rgb "#56b4e9" title "standard", \
     "" using 1:7 with steps lw 2 lc rgb "#e69f00" title "grpc", \
     "" using 1:13 with steps lw 2 lc rgb "#0072b2" title "standard shared", \
     "" using 1:3 with steps lw 1 dt 2 lc "black" title "no retries"
unset multiplot
GNUPLOT
echo "wrote $dir/retry_budgets.svg"
