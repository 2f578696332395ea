package io.claimwatch.cli;

import io.claimwatch.bench.BenchCommand;
import io.claimwatch.eval.EvalCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code claimwatch}: the command line front door. */
@Command(name = "claimwatch", mixinStandardHelpOptions = true, versionProvider = ClaimwatchCli.Version.class,
        description = "Sourced, checkable claims from news about armed conflict.",
        subcommands = {ExtractCommand.class, IngestCommand.class, SearchCommand.class, IncidentsCommand.class,
            TimelineCommand.class, ExportCommand.class, ServeCommand.class, DemoCommand.class, PlacesCommand.class,
            EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class ClaimwatchCli {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code (0 when anything was processed). */
    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** The same, writing to {@code out} and {@code err}. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new ClaimwatchCli());
        cli.setOut(out);
        cli.setErr(err);
        // user errors (bad options, unreadable input) get one line on stderr, never a stack trace
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("claimwatch: " + e.getMessage());
            return 2;
        });
        return cli.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ClaimwatchCli.class.getPackage().getImplementationVersion();
            return new String[] {"claimwatch " + (v == null ? "dev" : v)};
        }
    }
}
