#!/usr/bin/env bash
# Benchmark for batch runs of `clipfacts extract` (issue "Batch runs over thousands of clippings").
#
#   bench/run.sh [--files N | --all]
#
# Measures, one after another, on the first N files (default 200, name order) of ../shared/bench/corpus:
#   - start-up of `clipfacts extract --format jsonl` per --facts choice: process start to the first output
#     line for one small clipping (samples/000_*.txt), median of 3 runs. clipfacts runs through its launcher,
#     as users run it (its JVM flags, its class-data archive, made by an untimed first run), with -Xmx2g;
#   - CoreNLP alone, one thread, load time excluded (bench/PlainCoreNlp.java): the default pipeline, and
#     clipfacts' annotator settings with depparse on every sentence; the latter also counts the tokens;
#   - `clipfacts extract`, all facts, --threads 1 and 2, runs interleaved: files/s and tokens/s over the wall
#     time minus the all-facts start-up; peak RSS and peak Java heap of the 1-thread run and of a run over the first
#     50 files repeated 10 times;
#   - `clipfacts extract --cache`: a first run into an empty cache, then a re-run, both with JVM start;
#   - the Spark job (org.clipfacts.cli.SparkExtractCommand) in local[2] over the same files, through
#     spark-submit's own class (Spark's jars from Maven Central stand in for a Spark distribution), against
#     `clipfacts extract --threads 2`; and its pipeline load count per executor;
#   - the ratios against their targets.
# Each throughput is the fastest of 2 runs: identical runs vary by 15% or more on a shared virtual machine.
# The corpus files stay where they are: they are symlinked into a temporary directory. Each measurement
# first waits (up to 10 minutes) for other processes to leave the CPUs idle, and is tried again, up to three
# times in all, when they used more than a quarter of a core while it ran; it is flagged "[disturbed]" if
# the last attempt still was. A step that fails prints "n/a (reason)".
# Takes 14 to 20 minutes with the default 200 files on 2 cores; --no-spark leaves the Spark job out.
set -uo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$repo/../shared/bench/corpus"
jar="$repo/target/clipfacts.jar"
# clipfacts as users start it: the launcher, with its JVM flags and class-data archive; these are added.
clipfacts_java_opts=-Xmx2g
launcher="$repo/clipfacts"
# The default pipeline alone holds about 1 GB of models; CoreNLP gets room enough not to measure the GC.
corenlp_java=(java -Xmx4g)
file_count=200
repeated_file_count=50
repeat_times=10
startup_runs=3
# Identical runs on this kind of virtual machine vary by 15% or more; the fastest is the least disturbed.
throughput_runs=2
quiet_cores=0.25
with_spark=1

usage() {
    sed -n '2,/^$/s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

while [ $# -gt 0 ]; do
    case "$1" in
        --files) file_count="${2:?--files needs a number}"; shift 2 ;;
        --all) file_count="$(find "$corpus" -maxdepth 1 -name '*.txt' | wc -l)"; shift ;;
        --no-spark) with_spark=0; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
    esac
done
[ "$repeated_file_count" -le "$file_count" ] || repeated_file_count="$file_count"

work="$(mktemp -d "${TMPDIR:-/tmp}/clipfacts-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# ---------------------------------------------------------------------------------------------- helpers

report() {
    printf '%-52s %s\n' "$1:" "$2"
}

heading() {
    printf '\n== %s ==\n' "$1"
}

# Python, because bash alone can neither timestamp the first line of a pipe nor get a child's peak RSS.
cat > "$work/timed_run.py" <<'PY'
"""timed_run.py OUT ERR COMMAND...: runs COMMAND once the CPUs are idle, stdout to OUT, stderr to ERR.
Prints: seconds to the first stdout line (nan if none), total seconds, exit status, peak RSS in KB (the
figure /usr/bin/time -f %M gives), CPU seconds of COMMAND, cores other processes kept busy meanwhile."""
import os, subprocess, sys, time

QUIET_CORES, MAX_WAIT_SECONDS = float(os.environ["QUIET_CORES"]), 600
TICKS = os.sysconf("SC_CLK_TCK")

def busy_seconds():
    with open("/proc/stat") as stat:
        user, nice, system, idle, iowait, irq, softirq, steal = map(int, stat.readline().split()[1:9])
    return (user + nice + system + irq + softirq + steal) / TICKS

def cores_busy_over(seconds):
    before = busy_seconds()
    time.sleep(seconds)
    return (busy_seconds() - before) / seconds

out_path, err_path, command = sys.argv[1], sys.argv[2], sys.argv[3:]
waited = 0
while cores_busy_over(2) > QUIET_CORES and waited < MAX_WAIT_SECONDS:
    if waited == 0:
        print("bench: waiting for other processes to leave the CPUs idle...", file=sys.stderr)
    waited += 2

busy_before = busy_seconds()
start = time.monotonic()
first_line = float("nan")
with open(out_path, "wb") as out, open(err_path, "wb") as err:
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=err)
    for line in child.stdout:
        if first_line != first_line:
            first_line = time.monotonic() - start
        out.write(line)
    _, status, usage = os.wait4(child.pid, 0)
total = time.monotonic() - start
cpu = usage.ru_utime + usage.ru_stime
others = max(0.0, (busy_seconds() - busy_before - cpu) / total)
print(f"{first_line:.2f} {total:.2f} {os.waitstatus_to_exitcode(status)} {usage.ru_maxrss} {cpu:.1f} {others:.2f}")
PY

# timed NAME COMMAND...: runs COMMAND with stdout to $work/NAME.out, stderr to $work/NAME.err and its
# figures to $work/NAME.timing, which it loads.
timed() {
    local name="$1"; shift
    QUIET_CORES="$quiet_cores" python3 "$work/timed_run.py" "$work/$name.out" "$work/$name.err" "$@" \
        > "$work/$name.timing"
    load_timing "$name"
}

# Sets first_line, total, status, peak_rss_kb, cpu_seconds and disturbance from $work/NAME.timing.
load_timing() {
    local other_cores
    read -r first_line total status peak_rss_kb cpu_seconds other_cores < "$work/$1.timing"
    disturbance=""
    if [ "$(compute '%d' 'others > quiet' others="$other_cores" quiet="$quiet_cores")" = 1 ]; then
        disturbance="  [disturbed: other processes used $other_cores cores]"
    fi
}

# timed, tried up to three times while other processes disturb the measurement; the last attempt counts.
timed_quietly() {
    local attempt
    for attempt in 1 2 3; do
        timed "$@"
        [ -z "$disturbance" ] && return
    done
}

# fastest NAME: loads the figures of the fastest (by wall time) of the runs NAME-1, NAME-2...; sets
# fastest_run to its name and run_times to all their wall times.
fastest() {
    local timing
    run_times="$(for timing in "$work/$1"-*.timing; do awk '{ printf "%s ", $2 }' "$timing"; done)"
    fastest_run="$(for timing in "$work/$1"-*.timing; do
        echo "$(awk '{ print $2 }' "$timing") $(basename "$timing" .timing)"
    done | sort -g | head -n 1 | cut -d ' ' -f 2)"
    load_timing "$fastest_run"
}

# Why the last timed run failed, from its last stderr line.
failure() {
    local reason
    reason="$(grep -v '^[[:space:]]*$' "$work/$1.err" | tail -n 1)"
    echo "n/a (exit $status${reason:+: $reason})"
}

# field FILE NAME: the value of the line "NAME: value" of FILE.
field() {
    awk -v name="$2" 'index($0, name ": ") == 1 { print substr($0, length(name) + 3); exit }' "$1"
}

# compute FORMAT EXPRESSION NAME=NUMBER...: the awk expression over the numbers, printed with FORMAT;
# nothing when a number is missing (a failed step) or the expression cannot be computed.
compute() {
    local format="$1" expression="$2" assignment variables=(); shift 2
    for assignment in "$@"; do
        [[ "${assignment#*=}" =~ ^[0-9]+([.][0-9]+)?$ ]] || return 0
        variables+=(-v "$assignment")
    done
    awk "${variables[@]}" "BEGIN { printf \"$format\", ($expression) }" 2>/dev/null
}

megabytes() {
    compute '%.0f MB' 'kb / 1024' kb="$1"
}

# Largest heap occupancy the GC log shows before a collection ("... 812M->95M(2048M) ..."), in MB.
peak_heap_from_gc_log() {
    grep -oE '[0-9]+[KMG]->[0-9]+[KMG]\(' "$1" 2>/dev/null | awk -F'->' '
        { size = $1 + 0; unit = substr($1, length($1))
          mb = unit == "K" ? size / 1024 : unit == "G" ? size * 1024 : size
          if (mb > peak) peak = mb }
        END { if (NR > 0) printf "%.0f MB", peak; else printf "n/a (no collection logged)" }'
}

median() {
    printf '%s\n' "$@" | sort -g | awk '{ sorted[NR] = $1 } END { print sorted[int((NR + 1) / 2)] }'
}

# ratio NAME NUMERATOR DENOMINATOR [TARGET]: reports NUMERATOR / DENOMINATOR, against the minimum TARGET if given.
ratio() {
    local value verdict
    value="$(compute '%.2f' 'a / b' a="$2" b="$3")"
    if [ -z "${4:-}" ]; then
        report "$1" "${value:-n/a (a figure is missing)}"
        return
    fi
    verdict="$(compute '%s' 'a / b >= t ? "met" : "missed"' a="$2" b="$3" t="$4")"
    report "$1" "${value:-n/a (a figure is missing)}  (target >= $4${verdict:+: $verdict})"
}

jar_has_option() {
    java -jar "$jar" extract --help 2>/dev/null | grep -q -e "$1"
}

# --------------------------------------------------------------------------------------------- set-up

# Maven in the repository, its output shown only when it fails.
maven() {
    (cd "$repo" && mvn -B -q "$@") > "$work/maven.log" 2>&1 && return
    echo "bench: mvn $* failed:" >&2
    cat "$work/maven.log" >&2
    return 1
}

prepare() {
    if [ ! -f "$jar" ]; then
        echo "bench: building target/clipfacts.jar..." >&2
        maven -DskipTests package || exit 1
    fi
    maven dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$work/corenlp.classpath" || exit 1
    [ "$with_spark" = 1 ] && prepare_spark

    mkdir "$work/files" "$work/repeated"
    find "$corpus" -maxdepth 1 -name '*.txt' -printf '%f\n' | LC_ALL=C sort | head -n "$file_count" > "$work/names"
    local name copy
    while read -r name; do
        ln -s "$corpus/$name" "$work/files/$name"
    done < "$work/names"
    # Distinct names, so that nothing can take the copies for one file.
    while read -r name; do
        for copy in $(seq -w "$repeat_times"); do
            ln -s "$corpus/$name" "$work/repeated/copy${copy}_$name"
        done
    done < <(head -n "$repeated_file_count" "$work/names")
    small_clipping="$(ls "$repo"/samples/000_*.txt | head -n 1)"

    cat > "$work/clipfacts" <<SH
#!/usr/bin/env bash
# clipfacts [-X...] ARGUMENT...: the launcher, given the bench's JVM options and the leading -X options.
jvm_options="$clipfacts_java_opts"
while [[ "\${1:-}" == -X* ]]; do jvm_options="\$jvm_options \$1"; shift; done
CLIPFACTS_JAVA_OPTS="\$jvm_options" exec "$launcher" "\$@"
SH
    chmod +x "$work/clipfacts"
    # The launcher's first extraction after a build writes the class-data archive: a fresh, all-facts one.
    rm -f "$repo/target/clipfacts.jsa"
    "$work/clipfacts" extract "$small_clipping" --format jsonl > /dev/null 2> "$work/first-run.err" || {
        echo "bench: the launcher's first run failed:" >&2
        cat "$work/first-run.err" >&2
        exit 1
    }
}

# What a Spark distribution's jars/ holds: spark-sql and its dependencies, at the version pom.xml builds against.
prepare_spark() {
    local version
    version="$(sed -n 's:.*<spark.version>\(.*\)</spark.version>.*:\1:p' "$repo/pom.xml")"
    spark_opens="$(sed -n 's:.*<spark.java17.opens>\(.*\)</spark.java17.opens>.*:\1:p' "$repo/pom.xml")"
    mkdir "$work/spark-distribution"
    cat > "$work/spark-distribution/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>spark-distribution</artifactId><version>1</version><packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.apache.spark</groupId><artifactId>spark-sql_2.13</artifactId><version>$version</version></dependency>
  </dependencies>
</project>
POM
    (cd "$work/spark-distribution" && mvn -B -q dependency:build-classpath -Dmdep.outputFile="$work/spark.classpath") \
        > "$work/maven.log" 2>&1 || { echo "bench: no Spark $version classpath; the Spark job is left out" >&2; with_spark=0; }
}

print_setting() {
    jar_built="$(date -r "$jar" '+%F %T')"
    report "clipfacts" "$(java -jar "$jar" --version 2>&1 | head -n 1) ($jar, built $jar_built)"
    report "java" "$(java -version 2>&1 | head -n 1)"
    report "machine" "$(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GB RAM"
    report "files" "first $file_count in name order of $(cd "$corpus" && pwd) ($(cat "$work"/files/* | wc -c) bytes)"
    report "JVM options" "clipfacts: the launcher's and $clipfacts_java_opts; CoreNLP alone: ${corenlp_java[*]:1}"
}

# ----------------------------------------------------------------------------------------- measurements

# Sets startup_all: the median seconds to the first output line with all facts.
measure_startup() {
    heading "clipfacts start-up: process start to first jsonl line for $(basename "$small_clipping"), median of $startup_runs runs"
    local facts run samples facts_option disturbed
    for facts in people dates charges quotes all; do
        samples=()
        disturbed=""
        facts_option=()
        [ "$facts" = all ] || facts_option=(--facts "$facts")
        for run in $(seq "$startup_runs"); do
            timed_quietly "startup-$facts-$run" "$work/clipfacts" extract "$small_clipping" \
                --format jsonl "${facts_option[@]}"
            if [ "$status" != 0 ] || [ "$first_line" = nan ]; then
                report "--facts $facts" "$(failure "startup-$facts-$run")"
                continue 2
            fi
            samples+=("$first_line")
            disturbed="${disturbed:-$disturbance}"
        done
        report "--facts $facts" "$(median "${samples[@]}") s  (runs: ${samples[*]} s)$disturbed"
        [ "$facts" = all ] && startup_all="$(median "${samples[@]}")"
    done
}

# measure_corenlp default|clipfacts LABEL: sets <mode>_tokens_per_second, and corpus_tokens for clipfacts.
measure_corenlp() {
    local mode="$1" label="$2" name="corenlp-$1" run out
    for run in $(seq "$throughput_runs"); do
        timed_quietly "$name-$run" "${corenlp_java[@]}" -cp "$jar:$(cat "$work/corenlp.classpath")" \
            "$repo/bench/PlainCoreNlp.java" "$mode" "$work/files"
        if [ "$status" != 0 ]; then
            report "$label" "$(failure "$name-$run")"
            return
        fi
    done
    fastest "$name"
    out="$work/$fastest_run.out"
    printf -v "${mode}_tokens_per_second" '%s' "$(field "$out" tokens/s)"
    [ "$mode" = clipfacts ] && corpus_tokens="$(field "$out" tokens)"
    report "$label" "$(field "$out" files/s) files/s, $(field "$out" tokens/s) tokens/s$disturbance"
    report "  annotators" "$(field "$out" annotators)"
    report "  files, tokens" "$(field "$out" files), $(field "$out" tokens)"
    report "  load; annotating; peak RSS" "$(field "$out" 'load seconds') s; $(field "$out" seconds) s; $(megabytes "$peak_rss_kb")"
    report "  wall times of the runs, fastest counted" "${run_times% } s"
}

# measure_extract: the runs with 1 and with 2 threads, interleaved (1, 2, 1, 2...) so that a machine that
# slows down or speeds up meanwhile moves both alike; sets clipfacts_<THREADS>_tokens_per_second.
measure_extract() {
    local run threads failed=()
    if ! jar_has_option --threads; then
        report "1 and 2 threads" "n/a (this clipfacts.jar has no --threads option)"
        return
    fi
    for run in $(seq "$throughput_runs"); do
        for threads in 1 2; do
            [[ " ${failed[*]} " == *" $threads "* ]] && continue
            timed_quietly "extract-threads-$threads-$run" "$work/clipfacts" \
                "-Xlog:gc:file=$work/extract-threads-$threads-$run.gc.log" \
                extract "$work/files" --format jsonl --threads "$threads"
            # Exit 1 only says some clipping could not be read: the run itself is still a measurement.
            if [ "$status" -gt 1 ] || [ ! -s "$work/extract-threads-$threads-$run.out" ]; then
                failed+=("$threads")
                printf -v "failure_$threads" '%s' "$(failure "extract-threads-$threads-$run")"
            fi
        done
    done
    for threads in 1 2; do
        report_extract "$threads"
    done
}

# report_extract THREADS: reports the fastest of the runs with THREADS threads; the 1-thread run reports
# memory too.
report_extract() {
    local threads="$1" failure_variable="failure_$1" label seconds tokens_per_second
    label="$threads thread$([ "$threads" = 1 ] || echo s)"
    if [ -n "${!failure_variable:-}" ]; then
        report "$label" "${!failure_variable}"
        return
    fi
    fastest "extract-threads-$threads"
    seconds="$(compute '%.2f' 'total - startup' total="$total" startup="${startup_all:-}")"
    if [ -z "$seconds" ]; then
        report "$label" "n/a (no all-facts start-up time to subtract)"
        return
    fi
    tokens_per_second="$(compute '%.0f' 'tokens / seconds' tokens="${corpus_tokens:-}" seconds="$seconds")"
    printf -v "clipfacts_${threads}_tokens_per_second" '%s' "$tokens_per_second"
    printf -v "clipfacts_${threads}_run" '%s' "$fastest_run"
    printf -v "clipfacts_${threads}_wall" '%s' "$total"
    report "$label" "$(compute '%.2f' 'files / seconds' files="$file_count" seconds="$seconds") files/s, ${tokens_per_second:-n/a (no token count)} tokens/s$disturbance"
    report "  wall - start-up = time" "$total s - $startup_all s = $seconds s  (first line after $first_line s)"
    report "  wall times of the runs, fastest counted" "${run_times% } s"
    report "  CPU time, JVM threads included" "$cpu_seconds s, $(compute '%.2f' 'cpu / total' cpu="$cpu_seconds" total="$total") cores on average over the wall time"
    report "  documents written" "$(wc -l < "$work/$fastest_run.out") of $file_count (exit $status)"
    if [ "$threads" = 1 ]; then
        report "  peak RSS" "$(megabytes "$peak_rss_kb")"
        report "  peak Java heap used (before a GC)" "$(peak_heap_from_gc_log "$work/$fastest_run.gc.log")"
    fi
}

measure_repeated_corpus() {
    local name=extract-repeated label="first $repeated_file_count files x $repeat_times, 1 thread"
    if ! jar_has_option --threads; then
        report "$label" "n/a (this clipfacts.jar has no --threads option)"
        return
    fi
    timed_quietly "$name" "$work/clipfacts" "-Xlog:gc:file=$work/$name.gc.log" extract "$work/repeated" \
        --format jsonl --threads 1
    if [ "$status" -gt 1 ] || [ ! -s "$work/$name.out" ]; then
        report "$label" "$(failure "$name")"
        return
    fi
    report "$label" "completed: $(wc -l < "$work/$name.out") of $((repeated_file_count * repeat_times)) documents in $total s (exit $status)$disturbance"
    report "  peak RSS" "$(megabytes "$peak_rss_kb")"
    report "  peak Java heap used (before a GC)" "$(peak_heap_from_gc_log "$work/$name.gc.log")"
}

measure_cache() {
    heading "clipfacts extract --cache DIR --format jsonl (default threads), wall time with JVM start"
    if ! jar_has_option --cache; then
        report "cache" "n/a (this clipfacts.jar has no --cache option)"
        return
    fi
    local extract_cached=("$work/clipfacts" extract "$work/files" --cache "$work/cache" --format jsonl)
    local attempt first_run_seconds first_run_disturbance
    # Not timed_quietly: a first run has to start from an empty cache every time.
    for attempt in 1 2 3; do
        rm -rf "$work/cache"
        timed cache-first "${extract_cached[@]}"
        [ -z "$disturbance" ] && break
    done
    if [ "$status" -gt 1 ] || [ ! -s "$work/cache-first.out" ]; then
        report "first run" "$(failure cache-first)"
        return
    fi
    first_run_seconds="$total"
    first_run_disturbance="$disturbance"
    timed_quietly cache-rerun "${extract_cached[@]}"
    if [ "$status" -gt 1 ] || [ ! -s "$work/cache-rerun.out" ]; then
        report "re-run" "$(failure cache-rerun)"
        return
    fi
    report "first run, empty cache" "$first_run_seconds s$first_run_disturbance"
    report "re-run, unchanged files" "$total s$disturbance"
    ratio "speed-up of the re-run" "$first_run_seconds" "$total" 50
    report "re-run output identical" "$(cmp -s "$work/cache-first.out" "$work/cache-rerun.out" && echo yes || echo NO)"
}

# spark_job NAME INPUT: the Spark job in local[2], as spark-submit would start it, timed.
spark_job() {
    rm -rf "$work/$1.spark"
    # The launcher's JIT flags, as README's spark-submit examples pass them.
    timed_quietly "$1" java $clipfacts_java_opts $(<"$repo/src/main/jvm/jit.options") $spark_opens \
        -cp "$(cat "$work/spark.classpath")" \
        org.apache.spark.deploy.SparkSubmit --master 'local[2]' --conf spark.ui.enabled=false \
        --class org.clipfacts.cli.SparkExtractCommand "$jar" --input "$2" --output "$work/$1.spark"
}

measure_spark() {
    heading "Spark job in local[2] against clipfacts extract --threads 2, all facts, same files"
    local run seconds startup tokens_per_second
    # Not named spark-*: `fastest spark` picks among the runs over the corpus only.
    spark_job startup-spark "$small_clipping"
    if [ "$status" != 0 ]; then
        report "Spark job" "$(failure startup-spark)"
        return
    fi
    startup="$total"
    for run in $(seq "$throughput_runs"); do
        spark_job "spark-$run" "$work/files"
        if [ "$status" != 0 ]; then
            report "Spark job" "$(failure "spark-$run")"
            return
        fi
    done
    fastest spark
    seconds="$(compute '%.2f' 'total - startup' total="$total" startup="$startup")"
    spark_tokens_per_second="$(compute '%.0f' 'tokens / seconds' tokens="${corpus_tokens:-}" seconds="$seconds")"
    report "local[2]" "$(compute '%.2f' 'files / seconds' files="$file_count" seconds="$seconds") files/s, ${spark_tokens_per_second:-n/a (no token count)} tokens/s$disturbance"
    report "  wall - start-up = time" "$total s - $startup s = $seconds s  (start-up: the job over one small clipping, Spark's own start included)"
    report "  wall times of the runs, fastest counted" "${run_times% } s"
    report "  CPU time, JVM threads included" "$cpu_seconds s; peak RSS $(megabytes "$peak_rss_kb")"
    report "  documents, errors written" "$(cat "$work/$fastest_run.spark/documents"/part-* | wc -l), $(cat "$work/$fastest_run.spark/errors"/part-* | wc -l) of $file_count"
    report "  driver's summary" "$(grep '^clipfacts: ' "$work/$fastest_run.err" | tail -n 1)"
    report "  output equal to extract --threads 2 (source aside)" \
        "$(same_documents "$work/$fastest_run.spark/documents" "$work/${clipfacts_2_run:-missing}.out" 2>&1 | tail -n 1)"
    ratio "wall time: CLI 2 threads / Spark local[2]" "${clipfacts_2_wall:-}" "$total"
}

# same_documents SPARK_DIR CLI_JSONL: whether both hold the same documents once `source` is set aside.
same_documents() {
    python3 - "$1" "$2" <<'PY'
import glob, json, sys
def documents(lines):
    found = {}
    for line in lines:
        document = json.loads(line)
        del document["source"]
        found[document["sha256"]] = document
    return found
spark = documents(line for part in sorted(glob.glob(sys.argv[1] + "/part-*")) for line in open(part))
cli = documents(open(sys.argv[2]))
print("yes" if spark == cli else f"NO ({len(spark)} vs {len(cli)} documents, {sum(spark.get(k) != v for k, v in cli.items())} differ)")
PY
}

# ------------------------------------------------------------------------------------------------ main

prepare
print_setting
measure_startup

heading "CoreNLP alone (bench/PlainCoreNlp.java), 1 thread, load time excluded"
measure_corenlp clipfacts "clipfacts' settings, depparse on every sentence"
measure_corenlp default "default pipeline"

heading "clipfacts extract DIR --format jsonl, all facts: (wall - start-up) time, tokens counted by CoreNLP"
measure_extract
measure_repeated_corpus

measure_cache
[ "$with_spark" = 1 ] && measure_spark

heading "Ratios of tokens/s"
ratio "clipfacts 1 thread / CoreNLP default" "${clipfacts_1_tokens_per_second:-}" "${default_tokens_per_second:-}" 3
ratio "clipfacts 1 thread / CoreNLP clipfacts' settings" "${clipfacts_1_tokens_per_second:-}" "${clipfacts_tokens_per_second:-}" 0.9
ratio "clipfacts 2 threads / 1 thread" "${clipfacts_2_tokens_per_second:-}" "${clipfacts_1_tokens_per_second:-}" 1.7
[ "$with_spark" = 1 ] && ratio "Spark local[2] / clipfacts 2 threads" "${spark_tokens_per_second:-}" "${clipfacts_2_tokens_per_second:-}"

if [ "$(date -r "$jar" '+%F %T')" != "$jar_built" ]; then
    echo
    report "WARNING" "target/clipfacts.jar was rebuilt during the benchmark: the figures mix two builds"
fi

cat <<'NOTES'

Notes: start-up is the time to the first output line for one small clipping (its extraction included);
clipfacts throughput subtracts the all-facts start-up from the run's wall time. Tokens are CoreNLP's,
counted by PlainCoreNlp with clipfacts' settings over the same files. clipfacts parses only the sentences
near quotation marks and charge words, where the plain pipeline parses every sentence; it also runs SUTime
on its own and blanks boilerplate and markdown marks before annotating.
NOTES
