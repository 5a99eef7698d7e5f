package dev.neonkit.schema.sql;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.neonkit.schema.diff.SchemaDiff;
import dev.neonkit.schema.fixtures.GoldenFiles;
import dev.neonkit.schema.fixtures.ShopEvolution;
import dev.neonkit.schema.model.SchemaModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders each step of {@link ShopEvolution} and compares the files a processor would write with reviewed golden
 * files under {@code golden/sql/<step>/}: {@code V<n>__<slug>.sql} per script (numbered from 1 within the step),
 * a {@code .sql.conf} sidecar for scripts that run outside a transaction, and {@code warnings.txt}. Applied in
 * order, steps 01 to 05 take an empty PostgreSQL database through every version; step 06 branches off after 01.
 */
class MigrationRendererGoldenTest {

    static Stream<Arguments> steps() {
        return Stream.of(
                Arguments.of("01-create-shop", SchemaModel.EMPTY, ShopEvolution.v1()),
                Arguments.of("02-evolve-shop", ShopEvolution.v1(), ShopEvolution.v2()),
                Arguments.of("03-rename-customer", ShopEvolution.v2(), ShopEvolution.v3()),
                Arguments.of("04-coupon-serial", ShopEvolution.v3(), ShopEvolution.v3WithCouponSerial()),
                Arguments.of("05-billing", ShopEvolution.v3WithCouponSerial(), ShopEvolution.v4()),
                Arguments.of("06-rekey-customer", ShopEvolution.v1(), ShopEvolution.v1Rekeyed()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void rendersTheReviewedMigration(String step, SchemaModel before, SchemaModel after) throws IOException {
        SchemaDiff diff = SchemaDiff.between(before, after);
        assertEquals(List.of(), diff.diagnostics(), "the evolution's rename hints are all valid");
        MigrationPlan plan = MigrationRenderer.withDefaults().render(diff);

        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < plan.scripts().size(); i++) {
            MigrationScript script = plan.scripts().get(i);
            String name = "V" + (i + 1) + "__" + script.descriptionSlug() + ".sql";
            files.put(name, script.sqlText());
            if (!script.executeInTransaction()) {
                files.put(name + ".conf", "executeInTransaction=false\n");
            }
        }
        StringBuilder warnings = new StringBuilder();
        for (MigrationWarning warning : plan.warnings()) {
            warnings.append(warning.kind()).append(' ').append(warning.table().qualified()).append(": ")
                    .append(warning.message()).append('\n');
        }
        files.put("warnings.txt", warnings.toString());

        assertAll(files.entrySet().stream().map(file -> () ->
                GoldenFiles.assertMatchesGolden("sql/" + step + "/" + file.getKey(), file.getValue())));
        Path directory = Path.of("src", "test", "resources", "golden", "sql", step);
        try (Stream<Path> listed = Files.list(directory)) {
            TreeSet<String> stale = new TreeSet<>(listed.map(path -> path.getFileName().toString()).toList());
            stale.removeAll(files.keySet());
            if (!stale.isEmpty()) {
                fail("Golden files in " + directory.toAbsolutePath() + " that the renderer no longer writes: " + stale);
            }
        }
    }
}
