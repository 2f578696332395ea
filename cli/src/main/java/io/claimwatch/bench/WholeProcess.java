package io.claimwatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code claimwatch ingest} as its own JVM, as a user runs it: wall time from start to exit (JVM start, model
 * load, read, extract, store, relink), the ingest's own time as it prints it, and the process's peak resident
 * memory (VmHWM of /proc/PID/status, polled while it runs: the kernel's high-water mark, so the last sample
 * before exit holds the peak up to one interval's growth), and its CPU time (all threads), which a busy machine
 * disturbs much less than wall time.
 */
final class WholeProcess {
    /** One run of the child. */
    record Run(int threads, long wallNanos, double ingestSeconds, double linkSeconds, double cpuSeconds, long claims,
               long peakRssKb) {
    }

    static final long POLL_MILLIS = 20;
    /**
     * The JVM options of the {@code claimwatch} launcher (its last {@code exec java} line; a test keeps the two
     * alike), so that the bench measures the processes a user runs.
     */
    static final List<String> LAUNCHER_OPTIONS = List.of("-XX:+UseParallelGC", "-XX:MaxInlineLevel=9",
            "-XX:InlineSmallCode=1000", "-Dfile.encoding=UTF-8");
    /** The ingest's summary line: "... 1234 claims stored (12.3 s, 4.56 articles/s)". */
    private static final Pattern STORED = Pattern.compile("(\\d+) claims stored \\((\\d+(?:\\.\\d+)?) s,");
    /** "linked: ... (0.5 s)". */
    private static final Pattern LINKED = Pattern.compile("^linked: .*\\((\\d+(?:\\.\\d+)?) s\\)", Pattern.MULTILINE);
    private static final Pattern HWM = Pattern.compile("^VmHWM:\\s+(\\d+) kB", Pattern.MULTILINE);

    private final Path dir;
    private final Path input;
    private final String heap;
    private int runs;

    WholeProcess(Path dir, Path input, String heap) {
        this.dir = dir;
        this.input = input;
        this.heap = heap;
    }

    /** The child's command line: this JVM's java and classpath, the launcher's options, the given heap. */
    List<String> command(int threads, Path db) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap));
        command.addAll(LAUNCHER_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                "io.claimwatch.cli.ClaimwatchCli", "ingest", input.toString(), "--db", db.toString(),
                "--threads", String.valueOf(threads)));
        return command;
    }

    Run run(int threads) throws IOException, InterruptedException {
        Path db = dir.resolve("process-" + (++runs) + ".db");
        Path out = dir.resolve("process-" + runs + ".out");
        Path err = dir.resolve("process-" + runs + ".err");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command(threads, db)).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        Path status = Path.of("/proc", String.valueOf(p.pid()), "status");
        long peak = 0;
        Duration cpu = Duration.ZERO;
        while (p.isAlive()) {
            peak = Math.max(peak, hwmKb(status).orElse(0));
            // the last reading before exit: the JVM's shutdown after it is a few milliseconds
            cpu = p.info().totalCpuDuration().orElse(cpu);
            p.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS);
        }
        long wall = System.nanoTime() - start;
        String stdout = Files.readString(out);
        if (p.exitValue() != 0) {
            throw new IllegalStateException("claimwatch ingest exited with " + p.exitValue() + ": "
                    + Files.readString(err).strip());
        }
        Matcher stored = STORED.matcher(stdout);
        Matcher linked = LINKED.matcher(stdout);
        if (!stored.find() || !linked.find()) {
            throw new IllegalStateException("claimwatch ingest printed no summary: " + stdout.strip());
        }
        for (Path f : List.of(db, Path.of(db + "-wal"), Path.of(db + "-shm"), out, err)) {
            Files.deleteIfExists(f);
        }
        return new Run(threads, wall, Double.parseDouble(stored.group(2)), Double.parseDouble(linked.group(1)),
                cpu.toNanos() / 1e9, Long.parseLong(stored.group(1)), peak);
    }

    /** VmHWM of a /proc status file; empty once the process is gone or where there is no /proc (not Linux). */
    static OptionalLong hwmKb(Path status) {
        try {
            return hwmKb(Files.readString(status));
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    static OptionalLong hwmKb(String statusText) {
        Matcher m = HWM.matcher(statusText);
        return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    /** This process's own peak resident memory so far. */
    static OptionalLong selfHwmKb() {
        return hwmKb(Path.of("/proc/self/status"));
    }
}
