package org.mockinterview.story;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mockinterview.platform.problem.Problem;
import org.mockinterview.platform.security.CurrentUser;
import org.mockinterview.story.StoryViews.StoryBank;
import org.mockinterview.story.StoryViews.StoryDraft;
import org.mockinterview.story.StoryViews.StoryView;

/**
 * The caller's story bank: stories filed from answers and drafted by hand, with theme coverage.
 */
@Path("/api/v1/stories")
@Tag(name = "stories")
@SecurityRequirement(name = "bearerAuth")
@Produces(MediaType.APPLICATION_JSON)
public class StoryResource {

    private final StoryService stories;
    private final CurrentUser user;

    @Context
    UriInfo uriInfo;

    StoryResource(StoryService stories, CurrentUser user) {
        this.stories = stories;
        this.user = user;
    }

    @GET
    @Operation(operationId = "listStories", summary = "The caller's stories, best first, with the themes covered and missing")
    public StoryBank list() {
        return stories.bank(user.id());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createStory", summary = "Add a drafted story; it is analysed like an answer")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = StoryView.class)))
    public Response create(@Valid @NotNull StoryDraft draft) {
        StoryView view = stories.create(user.id(), draft);
        return Response.created(uriInfo.getBaseUriBuilder().path("api/v1/stories/{id}").build(view.id()))
                .entity(view).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getStory", summary = "One story")
    @APIResponse(responseCode = "200", description = "The story",
            content = @Content(schema = @Schema(implementation = StoryView.class)))
    @APIResponse(responseCode = "404", description = "No such story for this caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StoryView get(@PathParam("id") long id) {
        return stories.get(user.id(), id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateStory", summary = "Edit a story; it is analysed and classified again")
    @APIResponse(responseCode = "200", description = "The edited story",
            content = @Content(schema = @Schema(implementation = StoryView.class)))
    @APIResponse(responseCode = "404", description = "No such story for this caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StoryView update(@PathParam("id") long id, @Valid @NotNull StoryDraft draft) {
        return stories.update(user.id(), id, draft);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteStory", summary = "Delete a story")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such story for this caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") long id) {
        stories.delete(user.id(), id);
    }
}
