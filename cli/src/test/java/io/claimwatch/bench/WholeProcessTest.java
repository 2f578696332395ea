package io.claimwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WholeProcessTest {
    @Test
    void readsTheHighWaterMarkOfAProcStatusFile() {
        String status = "Name:\tjava\nVmPeak:\t 9000000 kB\nVmHWM:\t 1234567 kB\nVmRSS:\t 1000000 kB\n";
        assertThat(WholeProcess.hwmKb(status)).hasValue(1_234_567);
        assertThat(WholeProcess.hwmKb("Name:\tjava\n")).isEmpty();
        assertThat(WholeProcess.hwmKb(Path.of("/proc/no-such-process/status"))).isEmpty();
    }

    @Test
    void runsTheIngestOfTheWorkloadWithThisJvmsClasspath() {
        WholeProcess p = new WholeProcess(Path.of("/tmp/x"), Path.of("/tmp/x/work.jsonl"), "2g");
        assertThat(p.command(2, Path.of("/tmp/x/a.db"))).containsSubsequence("-Xmx2g", "-cp",
                System.getProperty("java.class.path"), "io.claimwatch.cli.ClaimwatchCli", "ingest", "/tmp/x/work.jsonl",
                "--db", "/tmp/x/a.db", "--threads", "2");
    }

    @Test
    void runsWithTheLaunchersJvmOptions() throws Exception {
        String launcher = Files.readString(Path.of("..", "claimwatch"));
        String last = launcher.substring(launcher.lastIndexOf("exec java"));
        String options = last.substring(0, last.indexOf(" -cp ")).replace("\\\n", " ").replaceAll("\\s+", " ");
        assertThat(options).contains(String.join(" ", WholeProcess.LAUNCHER_OPTIONS.subList(0, 3)))
                .contains("-Dfile.encoding=UTF-8");
        assertThat(new WholeProcess(Path.of("/tmp/x"), Path.of("/tmp/x/work.jsonl"), "2g").command(1, Path.of("a.db")))
                .containsSubsequence(WholeProcess.LAUNCHER_OPTIONS);
    }
}
