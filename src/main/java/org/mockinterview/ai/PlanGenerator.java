package org.mockinterview.ai;

import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.output.OutputParsingException;
import io.quarkiverse.langchain4j.RegisterAiService;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;

/**
 * Asks the model for tailored replacement questions, one structured call per plan ({@link Prompts#PLAN_VERSION}).
 * The two methods share the plan's one budget ({@code mockinterview.llm.plan-timeout}, {@link LlmTimeouts}): the
 * first call may take all of it, the re-ask only half, and {@link LlmPlanner} re-asks only within the first half.
 * A reply that does not parse is not the server's fault, so it never opens the circuit.
 *
 * <p>Re-asks are optional work, so at most {@link #CONCURRENT_REASKS} run at once ({@code @Bulkhead}); a plan whose
 * re-ask finds them all busy keeps its offline questions at once. Many plans needing a re-ask at the same moment
 * means the model is failing them all, and a second wait for each would double a burst's length for little gain.
 */
@RegisterAiService(chatMemoryProviderSupplier = RegisterAiService.NoChatMemoryProviderSupplier.class)
@ApplicationScoped
public interface PlanGenerator {

    /** Re-asks in flight at once; override with {@code quarkus.fault-tolerance."…PlanGenerator/regenerate".bulkhead.value}. */
    int CONCURRENT_REASKS = 16;

    @SystemMessage(fromResource = "prompts/plan-system.txt")
    @UserMessage(fromResource = "prompts/plan-user.txt")
    @Timeout(LlmTimeouts.FROM_CONFIG)
    @Retry(maxRetries = 1, delay = 200, jitter = 50, retryOn = InternalServerException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000, successThreshold = 1,
            skipOn = OutputParsingException.class)
    @Fallback(ModelFallback.Handler.class)
    Result<GeneratedPlan> generate(String quotas, String avoid, String feedback, String resume, String jobDescription);

    /** The one re-ask, with the first reply's problems as feedback. */
    @SystemMessage(fromResource = "prompts/plan-system.txt")
    @UserMessage(fromResource = "prompts/plan-user.txt")
    @Timeout(LlmTimeouts.FROM_CONFIG)
    @Retry(maxRetries = 1, delay = 200, jitter = 50, retryOn = InternalServerException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000, successThreshold = 1,
            skipOn = {OutputParsingException.class, BulkheadException.class})
    @Bulkhead(CONCURRENT_REASKS)
    @Fallback(ModelFallback.Handler.class)
    Result<GeneratedPlan> regenerate(String quotas, String avoid, String feedback, String resume,
            String jobDescription);
}
