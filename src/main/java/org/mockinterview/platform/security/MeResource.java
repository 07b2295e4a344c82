package org.mockinterview.platform.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's own account: who the service thinks they are.
 */
@Path("/api/v1/me")
@Tag(name = "account")
@SecurityRequirement(name = "bearerAuth")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private final CurrentUser currentUser;
    private final UserRepository users;

    MeResource(CurrentUser currentUser, UserRepository users) {
        this.currentUser = currentUser;
        this.users = users;
    }

    /** The caller as the service knows them. */
    public record Me(String subject) {
    }

    @jakarta.ws.rs.DELETE
    @Operation(operationId = "eraseMyData",
            summary = "Erase everything of the caller: resumes, interviews, transcripts and reports")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "204", description = "Erased")
    public void erase() {
        users.erase(currentUser.subject());
    }

    @GET
    @Operation(operationId = "getCurrentUser", summary = "The authenticated caller")
    public Me me() {
        currentUser.id();
        return new Me(currentUser.subject());
    }
}
