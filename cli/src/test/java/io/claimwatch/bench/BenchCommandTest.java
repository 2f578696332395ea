package io.claimwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchCommandTest {
    @Test
    void defaultsAreTheDocumentedWorkload() {
        BenchCommand b = new BenchCommand();
        new CommandLine(b).parseArgs();
        assertThat(b.docs).isEqualTo(Path.of("../shared/eval/gva_longtail/dev/docs.jsonl"));
        assertThat(b.seed).isEqualTo(Path.of("../shared/examples/nk-troops-kursk.txt"));
        assertThat(new int[] {b.articles, b.seedCopies, b.repeats, b.warmup, b.threads})
                .containsExactly(200, 20, 3, 1, 1);
        assertThat(b.ingestThreads).containsExactly(1, 2);
        assertThat(b.processes).isEqualTo(1);
        assertThat(b.processHeap).isEqualTo("2g");
    }

    @Test
    void refusesZeroIngestThreadsBeforeLoadingAnything() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new BenchCommand()).setErr(new PrintWriter(err, true));
        assertThat(cli.execute("--ingest-threads", "1,0")).isEqualTo(2);
        assertThat(err.toString()).contains("--ingest-threads >= 1");
    }

    @Test
    void refusesZeroRepeatsBeforeLoadingAnything() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new BenchCommand()).setErr(new PrintWriter(err, true));
        assertThat(cli.execute("--repeats", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--repeats >= 1");
    }
}
