package dev.neonkit.schema.snapshot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The checksum Flyway stores in its schema history for a SQL migration, computed the same way as Flyway's
 * {@code ChecksumCalculator} (checked against flyway-core 13.12.0): a CRC32 over the UTF-8 bytes of every line,
 * with line terminators ({@code \n}, {@code \r\n}, {@code \r}) left out and a byte-order mark removed from the
 * start of a line, read as a signed {@code int}.
 *
 * <p>Flyway computes it after placeholder replacement; the scripts neonkit writes contain no {@code ${...}}
 * placeholders (the model refuses {@code ${} in expressions: {@code SqlExpressions}), so for them the two agree. A sidecar {@code .sql.conf} file is not part of the checksum.
 */
public final class FlywayChecksum {

    private FlywayChecksum() {
    }

    /** The checksum of a migration file's text. */
    public static int of(String sqlText) {
        CRC32 crc = new CRC32();
        try (BufferedReader lines = new BufferedReader(new StringReader(sqlText))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        }
        return (int) crc.getValue();
    }
}
