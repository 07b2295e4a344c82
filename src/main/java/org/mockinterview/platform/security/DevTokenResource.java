package org.mockinterview.platform.security;

import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.jwt.build.Jwt;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Duration;

/**
 * Dev mode only: mints a token for a named dev user with the dev key pair. Absent from any production build.
 */
@IfBuildProfile("dev")
@Path("/dev/token")
public class DevTokenResource {

    private final String issuer;

    DevTokenResource(@ConfigProperty(name = "mp.jwt.verify.issuer") String issuer) {
        this.issuer = issuer;
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public String token(@QueryParam("user") String user) {
        String subject = user == null || user.isBlank() ? "dev-user" : user;
        return Jwt.issuer(issuer).subject(subject).upn(subject)
                .expiresIn(Duration.ofHours(12)).sign();
    }
}
