package dev.neonkit.runtime;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The README's troubleshooting table is the classification's own text. */
class ConnectionFailureTableTest {
    @Test
    void readmeShowsEveryFailureWithItsAdvice() throws IOException {
        ReadmeTables.assertReadmeShows("failures-table", ConnectionFailure.markdownTable(),
                "ConnectionFailure.markdownTable()");
    }
}
