package dev.neonkit.cli;

import dev.neonkit.runtime.config.ConfigException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code java -jar neonkit-cli.jar <command> [args]}: dispatches to one {@link CliCommand}.
 * {@code --help}, {@code -h} or {@code help} lists the commands; {@code <command> --help} prints that command's
 * help. A usage error ends with exit status {@link CliCommand#USAGE} and one line on standard error.
 */
public final class NeonCli {
    private static final String PROGRAM = "neonkit";

    private final Map<String, CliCommand> commands = new LinkedHashMap<>();

    /** A dispatcher over {@code commands}, listed in the given order. */
    public NeonCli(List<CliCommand> commands) {
        for (CliCommand command : commands) {
            if (this.commands.putIfAbsent(command.name(), command) != null) {
                throw new IllegalArgumentException("two commands named " + command.name());
            }
        }
    }

    /** The commands the CLI jar ships with. */
    public static List<CliCommand> builtInCommands() {
        return List.of(new ConfigCommand(), new DoctorCommand(), new MigrateCommand(), new InfoCommand(),
                new ValidateCommand(), new VerifyCommand());
    }

    public static void main(String[] args) {
        int status = new NeonCli(builtInCommands()).run(List.of(args), System.getenv(), System.out, System.err);
        System.exit(status);
    }

    /**
     * Runs the command named by {@code args.get(0)}.
     *
     * @return the exit status
     */
    public int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println(PROGRAM + ": no command given; run with --help to list the commands.");
            return CliCommand.USAGE;
        }
        String first = args.get(0);
        if (isHelp(first)) {
            out.print(usage());
            return CliCommand.OK;
        }
        Optional<CliCommand> command = Optional.ofNullable(commands.get(first));
        if (command.isEmpty()) {
            err.println(PROGRAM + ": unknown command '" + first + "'; commands: " + String.join(", ", commands.keySet())
                    + ".");
            return CliCommand.USAGE;
        }
        List<String> commandArgs = args.subList(1, args.size());
        if (commandArgs.size() == 1 && isHelp(commandArgs.get(0))) {
            out.print(command.get().help());
            return CliCommand.OK;
        }
        try {
            return command.get().run(commandArgs, env, out, err);
        } catch (ConfigException e) {
            err.println(PROGRAM + " " + first + ": " + e.getMessage());
            return CliCommand.USAGE;
        }
    }

    private String usage() {
        StringBuilder usage = new StringBuilder()
                .append("Usage: java -jar neonkit-cli.jar <command> [--help]\n\n")
                .append("Commands:\n");
        for (CliCommand command : commands.values()) {
            usage.append(String.format("  %-10s %s%n", command.name(), command.summary()));
        }
        return usage.toString();
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
    }
}
