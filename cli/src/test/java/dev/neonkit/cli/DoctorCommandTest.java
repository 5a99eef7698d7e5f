package dev.neonkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neonkit.runtime.ConnectionFailure;
import dev.neonkit.testsupport.WithTestDatabase;
import dev.neonkit.testsupport.WithTlsPostgres;
import dev.neonkit.testsupport.TestDatabase;
import dev.neonkit.testsupport.TlsPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code doctor} against a working server, a TLS-only server and a closed port, run in-process. */
@WithTestDatabase
@WithTlsPostgres
class DoctorCommandTest {
    private static final List<String> ALL_STEPS =
            List.of("config", "dns", "tcp", "tls", "auth", "server", "latency", "endpoint");
    private static TlsPostgres tls;

    @BeforeAll
    static void server(TlsPostgres shared) {
        tls = shared;
    }

    private record Result(int status, List<String> lines, String err) {
        String text() {
            return String.join("\n", lines);
        }
    }

    private static Result doctor(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new DoctorCommand().run(List.of(args), env,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8).lines().toList(),
                err.toString(StandardCharsets.UTF_8));
    }

    private static String tlsUrl(String password, Path ca) {
        return "postgresql://" + tls.user() + ":" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "@"
                + tls.host() + ":" + tls.port() + "/" + tls.database() + "?sslmode=verify-full&channel_binding=require"
                + "&sslrootcert=" + URLEncoder.encode(ca.toString(), StandardCharsets.UTF_8);
    }

    @Test
    void workingDatabaseReportsEveryStepAndExitsZero(TestDatabase db) {
        Result result = doctor(Map.of("DATABASE_URL", db.libpqUrl()));

        assertEquals(CliCommand.OK, result.status(), result.text());
        assertEquals(ALL_STEPS, result.lines().stream().map(line -> line.split(" ")[1]).toList(), result.text());
        assertTrue(result.lines().stream().allMatch(line -> line.startsWith("[ok] ")), result.text());
        assertTrue(result.text().contains("[ok] server  PostgreSQL "), result.text());
        assertTrue(result.text().contains("[ok] endpoint  direct"), result.text());
    }

    @Test
    void tlsOnlyServerWithVerifyFullPassesWithoutPrintingThePassword() {
        Result result = doctor(Map.of("DATABASE_URL", tlsUrl(tls.password(), tls.caCertificate())));

        assertEquals(CliCommand.OK, result.status(), result.text());
        assertTrue(result.text().contains("[ok] tls  server accepts TLS; sslmode=verify-full"), result.text());
        assertFalse(result.text().contains(tls.password()));
        assertFalse(result.err().contains(tls.password()));
    }

    @Test
    void closedPortFailsAtTcpWithAdvice() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Result result = doctor(Map.of("DATABASE_URL", "postgresql://app@127.0.0.1:" + closedPort + "/app"));

        assertEquals(CliCommand.FAILED, result.status());
        assertTrue(result.lines().get(2).startsWith("[FAIL] tcp  127.0.0.1:" + closedPort), result.text());
        assertEquals("advice: " + ConnectionFailure.REFUSED_OR_TIMED_OUT.advice(), result.lines().get(3));
        assertEquals(4, result.lines().size(), "no step after the failed one: " + result.text());
    }

    @Test
    void wrongPasswordFailsAtAuthWithoutPrintingIt() {
        String wrong = "Zx9-DistinctivePw-Q7";
        Result result = doctor(Map.of("DATABASE_URL", tlsUrl(wrong, tls.caCertificate())));

        assertEquals(CliCommand.FAILED, result.status());
        assertTrue(result.text().contains("[FAIL] auth  AUTHENTICATION_FAILED"), result.text());
        assertTrue(result.text().contains("advice: " + ConnectionFailure.AUTHENTICATION_FAILED.advice()));
        assertFalse(result.text().contains(wrong));
        assertFalse(result.err().contains(wrong));
    }

    @Test
    void untrustedCertificateFailsAtTls() {
        Result result = doctor(Map.of("DATABASE_URL", tlsUrl(tls.password(), tls.otherCaCertificate())));

        assertEquals(CliCommand.FAILED, result.status());
        assertTrue(result.text().contains("[FAIL] tls  TLS_FAILED"), result.text());
        assertTrue(result.text().contains("advice: " + ConnectionFailure.TLS_FAILED.advice()));
    }

    @Test
    void unknownHostFailsAtDns() {
        Result result = doctor(Map.of("DATABASE_URL", "postgresql://app@no-such-host.invalid:5432/app"));

        assertEquals(CliCommand.FAILED, result.status());
        assertTrue(result.lines().get(1).startsWith("[FAIL] dns  no-such-host.invalid"), result.text());
        assertEquals("advice: " + ConnectionFailure.UNKNOWN_HOST.advice(), result.lines().get(2));
    }

    @Test
    void badConfigurationExitsTwo() {
        Result result = doctor(Map.of("DATABASE_URL", "mysql://app@db.example.com/app"));

        assertEquals(CliCommand.USAGE, result.status());
        assertTrue(result.lines().get(0).startsWith("[FAIL] config  "), result.text());
    }

    @Test
    void unknownArgumentExitsTwo() {
        assertEquals(CliCommand.USAGE, doctor(Map.of(), "--verbose").status());
    }
}
