package org.mockinterview.speech;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.mockinterview.platform.concurrent.VirtualThreads;
import org.mockinterview.platform.problem.Problem;
import org.mockinterview.platform.security.CurrentUser;

import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.LongSupplier;

/** Transcribe first, answer after: measure and transcribe a recording, then read it back for an hour. */
@Path("/api/v1/transcriptions")
@Tag(name = "transcriptions")
@SecurityRequirement(name = "bearerAuth")
@Produces(MediaType.APPLICATION_JSON)
public class TranscriptionResource {

    private final TranscriptionService service;
    private final SpeechService speech;
    private final CurrentUser user;
    private final VirtualThreads threads;

    TranscriptionResource(TranscriptionService service, SpeechService speech, CurrentUser user,
            VirtualThreads threads) {
        this.service = service;
        this.speech = speech;
        this.user = user;
        this.threads = threads;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "createTranscription",
            summary = "Measure a spoken answer and transcribe it (kept one hour, without the audio)",
            description = "audio: WAV (PCM), WebM/Opus or Ogg/Opus, at most 10 MB and 5 minutes; text: optional,"
                    + " the client's own transcript, used when no transcription model is configured (transcribed"
                    + " false). A text answer may then cite the id as transcriptionId.")
    @APIResponse(responseCode = "201", description = "Measured (and transcribed when a model is configured)",
            content = @Content(schema = @Schema(implementation = TranscriptionView.class)))
    @APIResponse(responseCode = "413", description = "Larger than 10 MB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not WAV, WebM/Opus or Ogg/Opus (by its first bytes)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Longer than 5 minutes, undecodable, truncated or silence only",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @io.smallrye.common.annotation.Blocking
    public CompletionStage<Response> create(
            @RestForm("audio") @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "binary", description = "The recording") FileUpload audio,
            @RestForm("text") @Schema(description = "The client's own transcript (optional)") String text,
            @Context UriInfo uriInfo) {
        byte[] bytes = AudioUpload.read(audio, speech);
        UriBuilder location = uriInfo.getBaseUriBuilder().path("api/v1/transcriptions/{id}");
        LongSupplier caller = user.idLater();
        // transcription waits on a remote model for up to its timeout: a virtual thread, not a worker, waits
        return threads.supply(() -> service.create(caller.getAsLong(), bytes, text))
                .thenApply(view -> Response.created(location.build(view.id())).entity(view).build());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTranscription", summary = "A transcription of the caller's, within its hour")
    @APIResponse(responseCode = "200", description = "The transcription",
            content = @Content(schema = @Schema(implementation = TranscriptionView.class)))
    @APIResponse(responseCode = "404", description = "No such transcription for this caller, or expired",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TranscriptionView get(@PathParam("id") UUID id) {
        return service.get(user.id(), id);
    }
}
