package dev.neonkit.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * One command of {@code java -jar neonkit-cli.jar <command>}. Commands take the environment
 * as a map, so tests run them in-process with any environment, and print only redacted values.
 */
public interface CliCommand {
    /** Exit status for success. */
    int OK = 0;
    /** Exit status when the command ran but its check failed (for example the database is unreachable). */
    int FAILED = 1;
    /** Exit status for bad input: a bad argument, variable or URL. */
    int USAGE = 2;

    /** The word that selects this command, e.g. {@code config}. */
    String name();

    /** One line for the command list of {@code --help}. */
    String summary();

    /** The full help text of {@code <command> --help}. */
    String help();

    /**
     * Runs the command.
     *
     * @param args the arguments after the command name
     * @param env  the environment to read configuration from
     * @param out  where results go
     * @param err  where errors go
     * @return the exit status
     */
    int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err);
}
