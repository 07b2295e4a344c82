package org.mockinterview.platform.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.function.LongSupplier;

/**
 * The authenticated caller of the current request, as a user id that owned rows are filtered by.
 */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;
    private final UserRepository users;

    private Long id;

    CurrentUser(SecurityIdentity identity, UserRepository users) {
        this.identity = identity;
        this.users = users;
    }

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

    /**
     * The caller's user id, looked up later on any thread (a virtual thread has no request context): the subject
     * is read now, while the request is at hand.
     */
    public LongSupplier idLater() {
        String subject = subject();
        return () -> users.idOf(subject);
    }
}
