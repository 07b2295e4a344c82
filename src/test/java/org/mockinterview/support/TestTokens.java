package org.mockinterview.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

import java.security.PrivateKey;
import java.time.Instant;

/**
 * Mints bearer tokens for tests with the test key pair (and a second, untrusted key for forgery cases).
 */
public final class TestTokens {

    public static final String ISSUER = "https://test.mockinterview.local";
    private static final PrivateKey KEY = load("test-privateKey.pem");
    private static final PrivateKey OTHER_KEY = load("other-privateKey.pem");

    private TestTokens() {
    }

    public static String token(String subject) {
        return claims(subject).sign(KEY);
    }

    public static String bearer(String subject) {
        return "Bearer " + token(subject);
    }

    public static JwtClaimsBuilder claims(String subject) {
        JwtClaimsBuilder b = Jwt.issuer(ISSUER).expiresAt(Instant.now().plusSeconds(600));
        return subject == null ? b : b.subject(subject).upn(subject);
    }

    public static String signedWithUntrustedKey(String subject) {
        return claims(subject).sign(OTHER_KEY);
    }

    public static String sign(JwtClaimsBuilder claims) {
        return claims.sign(KEY);
    }

    private static PrivateKey load(String resource) {
        try {
            return KeyUtils.readPrivateKey(resource);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
