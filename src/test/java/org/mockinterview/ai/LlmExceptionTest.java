package org.mockinterview.ai;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** How model failures are classified for retries, metrics and the fallback notes, however they are wrapped. */
class LlmExceptionTest {

    @Test
    void anOpenCircuitIsItsOwnReason() {
        LlmException e = LlmException.classify(new CompletionException(new CircuitBreakerOpenException("open")));
        assertThat(e.reason()).isEqualTo(LlmException.Reason.CIRCUIT_OPEN);
    }

    @Test
    void aShedCallIsBusyNotATimeout() {
        LlmException e = LlmException.classify(new BulkheadException("bulkhead full, waiting for a timeout"));
        assertThat(e.reason()).isEqualTo(LlmException.Reason.BUSY);
    }

    @Test
    void wrappedTimeoutsAndRefusedConnectionsKeepTheirCause() {
        assertThat(LlmException.classify(new CompletionException(new TimeoutException())).reason())
                .isEqualTo(LlmException.Reason.TIMEOUT);
        LlmException refused = LlmException.classify(new RuntimeException(new ConnectException("refused")));
        assertThat(refused.reason()).isEqualTo(LlmException.Reason.CONNECTION);
    }
}
