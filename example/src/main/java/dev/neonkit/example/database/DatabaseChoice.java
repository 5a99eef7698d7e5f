package dev.neonkit.example.database;

import java.util.List;
import java.util.Map;

/** Whether the environment names a database, or the service should start its own embedded one. */
public final class DatabaseChoice {
    /** Any of these names a database, as the neonkit runtime reads them. */
    public static final List<String> DATABASE_VARIABLES = List.of("DATABASE_URL", "DATABASE_URL_RW", "PGHOST");

    private DatabaseChoice() {
    }

    /** True when none of {@link #DATABASE_VARIABLES} is set to a non-blank value. */
    public static boolean wantsEmbedded(Map<String, String> environment) {
        return DATABASE_VARIABLES.stream().map(environment::get).allMatch(value -> value == null || value.isBlank());
    }
}
