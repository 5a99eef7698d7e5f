package dev.neonkit.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The settings table is the truth: the README shows it, and the documented defaults are the effective ones. */
class SettingTest {
    private static final Path README = Path.of("..", "README.md");
    private static final String TABLE_START =
            "<!-- settings-table:start (generated from Setting.markdownTable()) -->\n";
    private static final String TABLE_END = "<!-- settings-table:end -->";
    private static final String URL = "postgresql://alex:s3cr3t-Zebra@ep-cool-darkness-123456-pooler.us-east-2"
            + ".aws.neon.tech/neondb";

    @Test
    void readmeShowsTheCurrentTable() throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf(TABLE_START);
        int end = readme.indexOf(TABLE_END);
        assertTrue(start >= 0 && end > start, "README.md needs the markers " + TABLE_START.strip() + " and "
                + TABLE_END + " around the configuration table");
        String shown = readme.substring(start + TABLE_START.length(), end);
        assertEquals(Setting.markdownTable(), shown,
                "README.md's configuration table is out of date; put Setting.markdownTable() between the markers");
    }

    @ParameterizedTest
    @EnumSource(Setting.class)
    void readmeMentionsEveryVariable(Setting setting) throws IOException {
        assertTrue(Files.readString(README).contains("`" + setting.variable() + "`"), setting.variable());
    }

    /** Setting a variable to its documented default must give exactly the configuration of leaving it unset. */
    @ParameterizedTest
    @EnumSource(value = Setting.class, mode = EnumSource.Mode.MATCH_ALL, names = "NEONKIT_.*")
    void documentedDefaultIsTheEffectiveDefault(Setting setting) {
        Map<String, String> unset = Map.of("DATABASE_URL", URL);
        setting.defaultValue().ifPresent(documented -> assertEquals(
                EnvironmentConfig.fromEnvironment(unset),
                EnvironmentConfig.fromEnvironment(with(unset, setting, documented)),
                setting.variable() + "=" + documented));

        Map<String, String> serverless = Map.of("DATABASE_URL", URL, "AWS_LAMBDA_FUNCTION_NAME", "orders");
        setting.serverlessDefault().or(setting::defaultValue).ifPresent(documented -> assertEquals(
                EnvironmentConfig.fromEnvironment(serverless),
                EnvironmentConfig.fromEnvironment(with(serverless, setting, documented)),
                "serverless " + setting.variable() + "=" + documented));
    }

    @Test
    void serverlessDefaultsDifferFromTheOthers() {
        NeonConfig server = EnvironmentConfig.fromEnvironment(Map.of("DATABASE_URL", URL));
        NeonConfig lambda = EnvironmentConfig.fromEnvironment(Map.of("DATABASE_URL", URL,
                "NEONKIT_SERVERLESS", "true"));

        assertEquals(10, server.pool().maximumPoolSize());
        assertEquals(2, lambda.pool().maximumPoolSize());
        assertEquals(60, server.pool().idleTimeout().toSeconds());
        assertEquals(15, lambda.pool().idleTimeout().toSeconds());
    }

    private static Map<String, String> with(Map<String, String> env, Setting setting, String value) {
        Map<String, String> changed = new HashMap<>(env);
        changed.put(setting.variable(), value);
        return changed;
    }
}
