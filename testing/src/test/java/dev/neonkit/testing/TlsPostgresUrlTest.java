package dev.neonkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neonkit.runtime.config.Endpoint;
import dev.neonkit.runtime.config.EnvironmentConfig;
import dev.neonkit.testsupport.RuntimeUrls;
import dev.neonkit.testsupport.ServerEndpoint;
import dev.neonkit.testsupport.ServerSource;
import dev.neonkit.testsupport.TestPostgres;
import dev.neonkit.testsupport.TlsPostgres;
import dev.neonkit.testsupport.WithTlsPostgres;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link TlsPostgres#libpqUrl()} as neonkit-runtime reads it. */
@WithTlsPostgres
class TlsPostgresUrlTest {

    @Test
    void theRuntimeReadsItsLibpqUrlAsAVerifiedChannelBoundEndpoint(TlsPostgres tls) {
        Endpoint endpoint = EnvironmentConfig.fromUrl(tls.libpqUrl()).primary();

        assertEquals("verify-full", endpoint.sslMode());
        assertEquals("require", endpoint.channelBinding());
        assertEquals(tls.caCertificate().toString(), endpoint.driverProperties().get("sslrootcert"));
        assertEquals(tls.password(), endpoint.password().reveal());
    }

    @Test
    void itsLibpqUrlServesAsATestDatabaseUrl(TlsPostgres tls) {
        // atUrl connects: verify-full with channel binding only succeeds if sslrootcert, percent-encoded in the
        // URL, reaches pgjdbc intact and channel_binding became channelBinding.
        assertEquals(ServerSource.URL, TestPostgres.atUrl(tls.libpqUrl()).source());

        ServerEndpoint endpoint = RuntimeUrls.parse(tls.libpqUrl());
        assertEquals(tls.database(), endpoint.adminDatabase());
        assertEquals(Map.of("sslmode", "verify-full", "sslrootcert", tls.caCertificate().toString(),
                "channelBinding", "require"), endpoint.driverProperties());
    }
}
