package dev.neonkit.cli;

import dev.neonkit.runtime.DatabaseException;
import dev.neonkit.runtime.config.EnvironmentConfig;
import dev.neonkit.runtime.config.NeonConfig;
import dev.neonkit.runtime.drift.Drift;
import dev.neonkit.runtime.drift.DriftReport;
import dev.neonkit.runtime.drift.SchemaVerifier;
import dev.neonkit.runtime.drift.UnsupportedSchemaException;
import dev.neonkit.schema.snapshot.SnapshotFormatException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** {@code verify}: compares the live schema with a snapshot and prints the SQL that fixes each difference. */
public final class VerifyCommand implements CliCommand {

    private static final String USAGE_LINE = "usage: verify --snapshot <path to neonkit-snapshot.json>";

    @Override
    public String name() {
        return "verify";
    }

    @Override
    public String summary() {
        return "compare the live schema with neonkit-snapshot.json and print fixing SQL";
    }

    @Override
    public String help() {
        return """
                Usage: verify --snapshot <path to neonkit-snapshot.json>

                Reads the tables, columns, keys, indexes and checks of the direct endpoint's database (the public
                schema and every schema the snapshot uses; Flyway's history table is skipped) and compares them
                with the schema in the snapshot the neonkit processor wrote. Each difference is printed as a
                comment saying what differs, followed by the SQL that makes the database match the snapshot.
                Fixes that can lose data are marked DESTRUCTIVE: review them before running anything. Nothing in
                the database is changed. Objects the schema model cannot describe (expression or GIN indexes,
                generated columns, ...) are listed as notes and not compared.

                Exit status: 0 when there is no drift, 1 when there is drift or the connection failed, 2 for a bad
                argument, configuration or snapshot file. The password is never printed.
                """;
    }

    @Override
    public int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        Path snapshot;
        if (args.size() == 2 && args.get(0).equals("--snapshot")) {
            snapshot = Path.of(args.get(1));
        } else if (args.size() == 1 && args.get(0).startsWith("--snapshot=")) {
            snapshot = Path.of(args.get(0).substring("--snapshot=".length()));
        } else {
            err.println("verify: " + (args.isEmpty() ? "--snapshot is required; " : "unexpected arguments " + args
                    + "; ") + USAGE_LINE);
            return USAGE;
        }
        SchemaVerifier verifier;
        try {
            verifier = SchemaVerifier.fromSnapshot(snapshot);
        } catch (NoSuchFileException missing) {
            err.println("verify: snapshot file " + snapshot + " does not exist; pass the neonkit-snapshot.json the"
                    + " processor wrote");
            return USAGE;
        } catch (IOException unreadable) {
            err.println("verify: cannot read snapshot file " + snapshot + ": " + unreadable.getMessage());
            return USAGE;
        } catch (SnapshotFormatException malformed) {
            err.println("verify: " + snapshot + " is not a valid neonkit snapshot: " + malformed.getMessage());
            return USAGE;
        }

        NeonConfig config = EnvironmentConfig.fromEnvironment(env);
        DriftReport report;
        try {
            report = verifier.verify(config);
        } catch (SQLException | DatabaseException failed) {
            err.println("verify: " + failed.getMessage());
            return FAILED;
        } catch (UnsupportedSchemaException uncomparable) {
            // The catalog holds something the schema model cannot represent, such as a column of a type whose
            // name needs quotes; comparing without it would report false drift.
            err.println("verify: cannot compare the database with the snapshot: " + uncomparable.getMessage());
            return FAILED;
        }
        print(report, config.direct().description(), snapshot, out);
        return report.hasDrift() ? FAILED : OK;
    }

    private static void print(DriftReport report, String database, Path snapshot, PrintStream out) {
        report.notes().forEach(note -> out.println("note: " + note));
        if (!report.hasDrift()) {
            out.println("No drift: " + database + " matches " + snapshot + ".");
            return;
        }
        int count = report.differences().size();
        out.println("Drift: " + count + " difference" + (count == 1 ? "" : "s") + " between " + database + " and "
                + snapshot + ". SQL that makes the database match the snapshot, in order:");
        for (Drift drift : report.differences()) {
            out.println();
            out.println("-- " + drift.description() + (drift.destructive() ? " (DESTRUCTIVE: loses data)" : ""));
            out.println(drift.fixSql());
        }
    }
}
