package org.mockinterview.prep;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Variant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mockinterview.platform.problem.Problem;
import org.mockinterview.platform.security.CurrentUser;
import org.mockinterview.prep.PrepPlanViews.PrepPlanRequest;
import org.mockinterview.prep.PrepPlanViews.PrepPlanSummary;
import org.mockinterview.prep.PrepPlanViews.PrepPlanView;

import java.util.List;

/**
 * The caller's prep plans: a day-by-day plan to an interview date, as JSON or as an iCalendar file.
 */
@Path("/api/v1/prep-plans")
@Tag(name = "prep-plans")
@SecurityRequirement(name = "bearerAuth")
@Produces(MediaType.APPLICATION_JSON)
public class PrepPlanResource {

    private static final MediaType CALENDAR_TYPE = MediaType.valueOf(PlanCalendar.MEDIA_TYPE);
    // Listed in @Produces order: the first is what a client that accepts anything gets.
    private static final List<Variant> PLAN = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, CALENDAR_TYPE)
            .build();

    private final PrepPlanService plans;
    private final CurrentUser user;

    @Context
    UriInfo uriInfo;

    PrepPlanResource(PrepPlanService plans, CurrentUser user) {
        this.plans = plans;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPrepPlan",
            summary = "Plan the days to an interview from the caller's progress, review schedule, stories and resume")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = PrepPlanView.class)))
    @APIResponse(responseCode = "400", description = "The date is today, past or more than a year away",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull PrepPlanRequest request) {
        PrepPlanView view = plans.create(user.id(), request);
        return Response.created(uriInfo.getBaseUriBuilder().path("api/v1/prep-plans/{id}").build(view.id()))
                .entity(view).build();
    }

    @GET
    @Operation(operationId = "listPrepPlans", summary = "The caller's prep plans, newest first, with items done")
    public List<PrepPlanSummary> list() {
        return plans.list(user.id());
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, PlanCalendar.MEDIA_TYPE})
    @Operation(operationId = "getPrepPlan",
            summary = "One prep plan (JSON, or an iCalendar file with one all-day event per day by Accept)")
    @APIResponse(responseCode = "200", description = "The plan", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PrepPlanView.class)),
            @Content(mediaType = PlanCalendar.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "RFC 5545 iCalendar: one all-day event per day"))})
    @APIResponse(responseCode = "404", description = "No such plan for this caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") long id, @Context Request request) {
        PrepPlanView plan = plans.get(user.id(), id);
        Variant chosen = request.selectVariant(PLAN);
        if (chosen != null && chosen.getMediaType().isCompatible(CALENDAR_TYPE)) {
            return Response.ok(PlanCalendar.render(plan), CALENDAR_TYPE.withCharset("UTF-8")).variants(PLAN)
                    .header("Content-Disposition", "attachment; filename=\"prep-plan-" + id + ".ics\"").build();
        }
        return Response.ok(plan, MediaType.APPLICATION_JSON_TYPE).variants(PLAN).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deletePrepPlan", summary = "Delete a prep plan")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such plan for this caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") long id) {
        plans.delete(user.id(), id);
    }

    @POST
    @Path("/{id}/items/{itemId}/done")
    @Operation(operationId = "completePrepItem", summary = "Mark an item of a plan done; the plan shows it")
    @APIResponse(responseCode = "200", description = "The plan with the item done",
            content = @Content(schema = @Schema(implementation = PrepPlanView.class)))
    @APIResponse(responseCode = "404", description = "No such plan or item for this caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PrepPlanView done(@PathParam("id") long id, @PathParam("itemId") long itemId) {
        return plans.done(user.id(), id, itemId);
    }
}
