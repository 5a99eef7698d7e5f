package dev.neonkit.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ConnectionUrl#parse(String)} on its own: syntax and translation only, no Neon rules or defaults. */
class ConnectionUrlTest {

    @Test
    void parsesEveryPartAndTranslatesParameterNames() {
        ConnectionUrl url = ConnectionUrl.parse("postgresql://alex:pa%2Fss-Zebra@"
                + "ep-cool-darkness-123456-pooler.us-east-2.aws.neon.tech:6543/neon%20db"
                + "?channel_binding=require&sslpassword=key-Zebra");

        assertEquals("ep-cool-darkness-123456-pooler.us-east-2.aws.neon.tech", url.host());
        assertEquals(6543, url.port());
        assertEquals("neon db", url.database());
        assertEquals("alex", url.user());
        assertEquals("pa/ss-Zebra", url.password().reveal());
        // No sslmode added: that is a rule for Neon endpoints, applied later.
        assertEquals(Map.of("channelBinding", "require", "sslpassword", "key-Zebra"), url.properties());
        assertFalse(url.toString().contains("Zebra"), url.toString());
    }

    @Test
    void errorsStartWithTheGenericSourceName() {
        ConfigException error = assertThrows(ConfigException.class,
                () -> ConnectionUrl.parse("postgresql://alex:s3cr3t-Zebra@db.example.com"));

        assertTrue(error.getMessage().startsWith("the connection URL names no database"), error.getMessage());
        assertFalse(error.getMessage().contains("Zebra"));
    }
}
