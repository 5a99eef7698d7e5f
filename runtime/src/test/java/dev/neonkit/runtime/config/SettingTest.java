package dev.neonkit.runtime.config;

import dev.neonkit.runtime.ReadmeTables;

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
    private static final String URL = "postgresql://alex:s3cr3t-Zebra@ep-cool-darkness-123456-pooler.us-east-2"
            + ".aws.neon.tech/neondb";

    @Test
    void readmeShowsTheCurrentTable() throws IOException {
        ReadmeTables.assertReadmeShows("settings-table", Setting.markdownTable(), "Setting.markdownTable()");
    }

    @ParameterizedTest
    @EnumSource(Setting.class)
    void readmeMentionsEveryVariable(Setting setting) throws IOException {
        assertTrue(Files.readString(ReadmeTables.README).contains("`" + setting.variable() + "`"), setting.variable());
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
