package org.mockinterview.interview;

import io.smallrye.common.annotation.Blocking;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Variant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mockinterview.interview.InterviewRequests.CreateInterview;
import org.mockinterview.interview.InterviewRequests.Skip;
import org.mockinterview.interview.InterviewRequests.SubmitAnswer;
import org.mockinterview.interview.InterviewViews.InterviewSummary;
import org.mockinterview.interview.InterviewViews.InterviewView;
import org.mockinterview.platform.problem.Problem;
import org.mockinterview.platform.security.CurrentUser;
import org.mockinterview.platform.web.PageView;
import org.mockinterview.speech.AudioUpload;
import org.mockinterview.speech.SpeechService;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Mock interview sessions: create, answer, skip, complete, and read the state, transcript and report.
 * Work that may wait on the LLM runs on virtual threads ({@link ModelBudgetedCalls}); the worker thread only reads
 * who the caller is.
 */
@Path("/api/v1/interviews")
@Tag(name = "interviews")
@SecurityRequirement(name = "bearerAuth")
@Produces(MediaType.APPLICATION_JSON)
public class InterviewResource {

    static final String MARKDOWN = "text/markdown";
    static final String PDF = "application/pdf";
    private static final MediaType MARKDOWN_TYPE = MediaType.valueOf(MARKDOWN);
    private static final MediaType PDF_TYPE = MediaType.valueOf(PDF);
    // Listed in @Produces order: the first is what a client that accepts anything gets.
    private static final List<Variant> TRANSCRIPT =
            Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, MARKDOWN_TYPE, MediaType.TEXT_PLAIN_TYPE).build();
    private static final List<Variant> REPORT = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, PDF_TYPE).build();

    private final InterviewService interviews;
    private final AnswerService answers;
    private final InterviewCompletion completion;
    private final CurrentUser user;
    private final ModelBudgetedCalls modelCalls;
    private final SpeechService speech;

    InterviewResource(InterviewService interviews, AnswerService answers, InterviewCompletion completion,
            CurrentUser user, ModelBudgetedCalls modelCalls, SpeechService speech) {
        this.interviews = interviews;
        this.answers = answers;
        this.completion = completion;
        this.user = user;
        this.modelCalls = modelCalls;
        this.speech = speech;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createInterview",
            summary = "Plan and start a mock interview, tailored to a resume when one is given")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = InterviewView.class)))
    @APIResponse(responseCode = "429", description = "Per-user limit on requests that use the AI model",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The resume does not exist for this caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Blocking
    public CompletionStage<Response> create(@Valid CreateInterview request, @Context UriInfo uriInfo) {
        // resolved here: the request context does not follow the work onto the virtual thread
        jakarta.ws.rs.core.UriBuilder location = uriInfo.getBaseUriBuilder().path("api/v1/interviews/{id}");
        CreateInterview body = request == null ? new CreateInterview(null, null, null, null, null, null, null) : request;
        return modelCalls.supply(uid -> interviews.create(uid, body)).thenApply(view -> Response
                .created(location.build(view.id()))
                .entity(view).build());
    }

    @GET
    @Operation(operationId = "listInterviews", summary = "The caller's interviews, newest first")
    public PageView<InterviewSummary> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return interviews.list(user.id(), page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getInterview",
            summary = "The state of an interview; resuming after a reload or crash is this call")
    public InterviewView get(@PathParam("id") long id) {
        long uid = user.id();
        answers.finishPending(uid, id);
        return interviews.get(uid, id);
    }

    /** One operation in the contract: typed (JSON) and spoken (multipart) answers share it. */
    private static final String ANSWER_SUMMARY = "Answer the current question, typed (JSON) or spoken (multipart"
            + " audio: WAV, WebM/Opus or Ogg/Opus, at most 10 MB and 5 minutes); the server decides what comes next";
    /** Both forms share one operation, so one text describes every 422 of it. */
    private static final String ANSWER_422 = "The Idempotency-Key was used with another body; a recording over 5"
            + " minutes, undecodable, truncated or silent; or no transcription model and no text"
            + " (transcription-unavailable)";
    private static final String KEY_RULE = "must be 1 to 255 visible ASCII characters";

    @POST
    @Path("/{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitAnswer", summary = ANSWER_SUMMARY)
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = AnswerResult.class)))
    @APIResponse(responseCode = "404", description = "No such interview, or transcriptionId is not the caller's"
            + " (or expired)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not the current question, or the interview is completed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = ANSWER_422,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Blocking
    public CompletionStage<Response> answer(@PathParam("id") long id,
            @HeaderParam("Idempotency-Key") @Pattern(regexp = "[\\x21-\\x7E]{1,255}", message = KEY_RULE)
            String idempotencyKey,
            @Valid @NotNull SubmitAnswer request) {
        return modelCalls.supply(uid -> answers.submit(uid, id, idempotencyKey, request))
                .thenApply(result -> Response.status(201).entity(result).build());
    }

    @POST
    @Path("/{id}/answers")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "submitAnswer", summary = ANSWER_SUMMARY)
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = AnswerResult.class)))
    @APIResponse(responseCode = "413", description = "A recording over 10 MB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "A recording that is not WAV, WebM/Opus or Ogg/Opus",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = ANSWER_422,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The transcription model failed and no text was sent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Blocking
    public CompletionStage<Response> answerSpoken(@PathParam("id") long id,
            @HeaderParam("Idempotency-Key") @Pattern(regexp = "[\\x21-\\x7E]{1,255}", message = KEY_RULE)
            String idempotencyKey,
            @RestForm("questionId") @NotNull @Schema(description = "The current question's id") Long questionId,
            @RestForm("audio") @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "binary", description = "The recording") FileUpload audio,
            @RestForm("text") @Schema(description = "The client's own transcript (optional; used when no model is"
                    + " configured)") String text) {
        AnswerService.SpokenAnswer spoken = new AnswerService.SpokenAnswer(questionId, AudioUpload.read(audio, speech),
                text);
        return modelCalls.supply(uid -> answers.submitSpoken(uid, id, idempotencyKey, spoken))
                .thenApply(result -> Response.status(201).entity(result).build());
    }

    @POST
    @Path("/{id}/skip")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "skipQuestion", summary = "Skip the current question")
    public AnswerResult skip(@PathParam("id") long id, @Valid @NotNull Skip request) {
        return answers.skip(user.id(), id, request.questionId());
    }

    @POST
    @Path("/{id}/complete")
    @Operation(operationId = "completeInterview",
            summary = "End the interview and build its report; completing again returns the same report")
    public InterviewReport complete(@PathParam("id") long id) {
        return completion.complete(user.id(), id);
    }

    @GET
    @Path("/{id}/transcript")
    @Produces({MediaType.APPLICATION_JSON, MARKDOWN, MediaType.TEXT_PLAIN})
    @Operation(operationId = "getTranscript",
            summary = "Every question and answer in order (JSON, Markdown or plain text by Accept)")
    public Response transcript(@PathParam("id") long id, @Context Request request) {
        Transcript t = completion.transcript(user.id(), id);
        MediaType type = negotiated(request, TRANSCRIPT);
        Object body = type.isCompatible(MARKDOWN_TYPE) ? t.toMarkdown()
                : type.isCompatible(MediaType.TEXT_PLAIN_TYPE) ? t.toPlainText() : t;
        return Response.ok(body, body instanceof String ? type.withCharset("UTF-8") : type)
                .variants(TRANSCRIPT).build();
    }

    @GET
    @Path("/{id}/report")
    @Produces({MediaType.APPLICATION_JSON, PDF})
    @Operation(operationId = "getReport",
            summary = "The report of a completed interview (JSON, or a printable PDF by Accept)")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = InterviewReport.class)))
    public Response report(@PathParam("id") long id, @Context Request request) {
        InterviewReport report = completion.report(user.id(), id);
        if (negotiated(request, REPORT).isCompatible(PDF_TYPE)) {
            return Response.ok(ReportPdf.render(id, report), PDF_TYPE).variants(REPORT)
                    .header("Content-Disposition", "inline; filename=\"interview-" + id + "-report.pdf\"").build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).variants(REPORT).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteInterview", summary = "Delete an interview and its transcript")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        interviews.delete(user.id(), id);
    }

    /** The representation the client prefers; routing already answered 406 when it accepts none of them. */
    private static MediaType negotiated(Request request, List<Variant> variants) {
        Variant chosen = request.selectVariant(variants);
        return (chosen == null ? variants.get(0) : chosen).getMediaType();
    }
}
