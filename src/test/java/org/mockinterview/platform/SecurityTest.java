package org.mockinterview.platform;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mockinterview.support.TestTokens;

import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Every /api endpoint demands a valid bearer token and reports failures as problem+json.
 */
@QuarkusTest
class SecurityTest {

    @Test
    void validTokenIdentifiesTheCaller() {
        given().header("Authorization", TestTokens.bearer("alice"))
                .when().get("/api/v1/me")
                .then().statusCode(200).body("subject", equalTo("alice"));
    }

    @Test
    void missingTokenIs401Problem() {
        assertUnauthorized(null);
    }

    @Test
    void badSignatureIs401Problem() {
        assertUnauthorized("Bearer " + TestTokens.signedWithUntrustedKey("alice"));
    }

    @Test
    void wrongIssuerIs401Problem() {
        assertUnauthorized("Bearer " + TestTokens.sign(TestTokens.claims("alice").issuer("https://evil.example")));
    }

    @Test
    void expiredTokenIs401Problem() {
        assertUnauthorized("Bearer " + TestTokens.sign(TestTokens.claims("alice")
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600))));
    }

    @Test
    void garbageTokenIs401Problem() {
        assertUnauthorized("Bearer not.a.jwt");
    }

    static void assertUnauthorized(String authorization) {
        var request = given();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        request.when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("https://mockinterview.org/problems/unauthorized"))
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/v1/me"));
    }
}
