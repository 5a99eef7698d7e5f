package dev.neonkit.testsupport;

import java.io.IOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throwaway certificate authority for TLS tests, and the server certificates it signs.
 *
 * <p>Keys are EC P-256 and signatures SHA-256 with ECDSA: SCRAM channel binding ({@code tls-server-end-point})
 * hashes the server certificate with its signature's hash, which must be SHA-256 or stronger.
 */
final class TestCertificateAuthority {

    private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";
    /** Backdated so a clock a little behind the one that issued the certificate still accepts it. */
    private static final Duration BACKDATE = Duration.ofHours(1);
    private static final Duration VALIDITY = Duration.ofDays(7);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final X500Name name;
    private final KeyPair keyPair;
    private final X509Certificate certificate;

    private TestCertificateAuthority(X500Name name, KeyPair keyPair, X509Certificate certificate) {
        this.name = name;
        this.keyPair = keyPair;
        this.certificate = certificate;
    }

    /** A self-signed CA certificate named {@code CN=<commonName>}. */
    static TestCertificateAuthority create(String commonName) {
        KeyPair keyPair = newKeyPair();
        X500Name name = new X500Name("CN=" + commonName);
        X509Certificate certificate = sign(name, keyPair.getPublic(), name, keyPair.getPrivate(), builder -> {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        });
        return new TestCertificateAuthority(name, keyPair, certificate);
    }

    /**
     * Issues a server certificate for {@code localhost}, {@code 127.0.0.1} and {@code ::1}, and writes it and its
     * key as PEM files. The key file is readable by its owner only, as PostgreSQL demands.
     */
    void issueLocalhostServerCertificate(Path certificateFile, Path keyFile) throws IOException {
        KeyPair serverKeys = newKeyPair();
        X509Certificate server = sign(new X500Name("CN=localhost"), serverKeys.getPublic(),
                name, keyPair.getPrivate(), builder -> {
                    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                    builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                    builder.addExtension(Extension.extendedKeyUsage, false,
                            new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
                    builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                            new GeneralName(GeneralName.dNSName, "localhost"),
                            new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                            new GeneralName(GeneralName.iPAddress, "::1")}));
                    builder.addExtension(Extension.authorityKeyIdentifier, false,
                            extensionUtils().createAuthorityKeyIdentifier(certificate));
                });
        writePem(certificateFile, server);
        Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        writePem(keyFile, new JcaPKCS8Generator(serverKeys.getPrivate(), null));
    }

    /** Writes this CA's certificate as PEM, for clients' {@code sslrootcert}. */
    void writeCertificate(Path file) throws IOException {
        writePem(file, certificate);
    }

    private interface Extensions {
        void addTo(X509v3CertificateBuilder builder) throws CertIOException, GeneralSecurityException;
    }

    private static X509Certificate sign(X500Name subject, PublicKey subjectKey, X500Name issuer, PrivateKey issuerKey,
                                        Extensions extensions) {
        Instant now = Instant.now();
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    new BigInteger(64, RANDOM).add(BigInteger.ONE), Date.from(now.minus(BACKDATE)),
                    Date.from(now.plus(VALIDITY)), subject, subjectKey);
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensionUtils().createSubjectKeyIdentifier(subjectKey));
            extensions.addTo(builder);
            ContentSigner signer = new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(issuerKey);
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (GeneralSecurityException | CertIOException | OperatorCreationException e) {
            throw new IllegalStateException("Could not create a test certificate for " + subject + ": " + e.getMessage(), e);
        }
    }

    private static JcaX509ExtensionUtils extensionUtils() throws GeneralSecurityException {
        return new JcaX509ExtensionUtils();
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM cannot generate EC P-256 keys: " + e.getMessage(), e);
        }
    }

    private static void writePem(Path file, Object pemObject) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII);
             JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(pemObject);
        }
    }
}
