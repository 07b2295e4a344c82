package org.mockinterview.platform.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The authenticated caller of the current request, as a user id that owned rows are filtered by.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    @Inject
    UserRepository users;

    private Long id;

    public String subject() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || jwt.getSubject() == null || jwt.getSubject().isBlank()) {
            throw new UnauthorizedException();
        }
        return jwt.getSubject();
    }

    /** The caller's user id, creating the user on first use. */
    public long id() {
        if (id == null) {
            id = users.idOf(subject());
        }
        return id;
    }
}
