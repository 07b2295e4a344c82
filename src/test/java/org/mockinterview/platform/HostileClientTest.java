package org.mockinterview.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;
import org.mockinterview.support.TestTokens;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * Forged, expired and oversized tokens are refused with 401; oversized, malformed and mistyped bodies get
 * 413, 400 and 415 problem+json.
 */
@QuarkusTest
class HostileClientTest {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @Test
    void algNoneIsRefused() {
        String header = B64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String body = B64.encodeToString(("{\"iss\":\"" + TestTokens.ISSUER + "\",\"sub\":\"alice\",\"exp\":"
                + (Instant.now().getEpochSecond() + 600) + "}").getBytes(StandardCharsets.UTF_8));
        SecurityTest.assertUnauthorized("Bearer " + header + "." + body + ".");
    }

    @Test
    void hs256SignedWithThePublicKeyIsRefused() throws Exception {
        byte[] publicKeyPem = Files.readAllBytes(Path.of("src/test/resources/test-publicKey.pem"));
        String token = TestTokens.claims("alice").jws().algorithm(SignatureAlgorithm.HS256)
                .sign(new javax.crypto.spec.SecretKeySpec(publicKeyPem, "HmacSHA256"));
        SecurityTest.assertUnauthorized("Bearer " + token);
    }

    @Test
    void notYetValidTokenIsRefused() {
        SecurityTest.assertUnauthorized("Bearer " + TestTokens.sign(TestTokens.claims("alice")
                .issuedAt(Instant.now().plusSeconds(3600)).claim("nbf", Instant.now().plusSeconds(3600).getEpochSecond())
                .expiresAt(Instant.now().plusSeconds(7200))));
    }

    @Test
    void tokenWithoutSubjectIsRefused() {
        SecurityTest.assertUnauthorized("Bearer " + TestTokens.sign(Jwt.issuer(TestTokens.ISSUER).upn("nobody")
                .expiresAt(Instant.now().plusSeconds(600))));
    }

    @Test
    void hugeTokenIsRefused() {
        SecurityTest.assertUnauthorized("Bearer " + TestTokens.sign(TestTokens.claims("alice")
                .claim("padding", "x".repeat(12_000))));
    }

    @Test
    void oversizedJsonIs413() {
        given().header("Authorization", TestTokens.bearer("alice")).contentType("application/json")
                .body("{\"answer\": \"" + "a".repeat(7 * 1024 * 1024) + "\"}")
                .when().post("/api/v1/answer-analyses")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://mockinterview.org/problems/payload-too-large"));
    }

    @Test
    void malformedJsonIs400AndWrongTypeIs415() {
        given().header("Authorization", TestTokens.bearer("alice")).contentType("application/json")
                .body("{\"answer\": [1, 2").when().post("/api/v1/answer-analyses")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("alice")).contentType("application/xml")
                .body("<answer/>").when().post("/api/v1/answer-analyses")
                .then().statusCode(415).contentType("application/problem+json");
    }
}
