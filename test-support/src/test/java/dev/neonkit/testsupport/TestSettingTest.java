package dev.neonkit.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestSettingTest {

    @Test
    void theSystemPropertyWinsAndBlankMeansUnset() {
        String name = TestSetting.DATABASE_URL.settingName();
        String before = System.getProperty(name);
        try {
            System.setProperty(name, "postgresql://from-property@h/db");
            assertEquals(Optional.of("postgresql://from-property@h/db"), TestSetting.DATABASE_URL.value());

            System.setProperty(name, "  ");
            assertEquals(Optional.ofNullable(System.getenv(name)).filter(url -> !url.isBlank()).map(String::strip),
                    TestSetting.DATABASE_URL.value());
        } finally {
            if (before == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, before);
            }
        }
    }
}
