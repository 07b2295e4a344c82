package org.mockinterview.platform;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mockinterview.contract.client.ApiClient;
import org.mockinterview.contract.client.ApiException;
import org.mockinterview.contract.client.api.AccountApi;
import org.mockinterview.contract.client.api.InterviewsApi;
import org.mockinterview.contract.client.model.AnswerResult;
import org.mockinterview.contract.client.model.CreateInterview;
import org.mockinterview.contract.client.model.InterviewStatus;
import org.mockinterview.contract.client.model.InterviewView;
import org.mockinterview.contract.client.model.SubmitAnswer;
import org.mockinterview.support.Api;
import org.mockinterview.support.TestTokens;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The Java client generated from openapi.yaml at build time talks to the running service: the contract is usable. */
@QuarkusTest
class GeneratedClientTest {

    @TestHTTPResource("/")
    URI base;

    private ApiClient client(String user) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceFirst("/$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", TestTokens.bearer(user)));
        return client;
    }

    @Test
    void createsAnswersAndReadsAnInterviewThroughTheGeneratedClient() throws ApiException {
        String user = "client-" + UUID.randomUUID();
        InterviewsApi interviews = new InterviewsApi(client(user));

        InterviewView created = interviews.createInterview(new CreateInterview().categories(List.of("behavioral"))
                .questionsPerCategory(1).followUps(0));
        assertThat(created.getStatus()).isEqualTo(InterviewStatus.IN_PROGRESS);
        assertThat(created.getPlan()).hasSize(1);
        assertThat(created.getCreatedAt()).isNotNull();
        long questionId = created.getCurrent().getQuestion().getId();

        AnswerResult answered = interviews.submitAnswer(created.getId(),
                new SubmitAnswer().questionId(questionId).text(Api.GOOD).durationSeconds(60), UUID.randomUUID().toString());
        assertThat(answered.getNext()).isNull();

        InterviewView read = interviews.getInterview(created.getId());
        assertThat(read.getProgress().getAnswered()).isEqualTo(1);
        assertThat(interviews.listInterviews(0, 20).getItems()).extracting("id").containsExactly(created.getId());
        assertThat(new AccountApi(client(user)).getCurrentUser().getSubject()).isEqualTo(user);
    }

    @Test
    void anErrorArrivesAsAProblemWithItsStatus() {
        InterviewsApi interviews = new InterviewsApi(client("client-" + UUID.randomUUID()));
        ApiException missing = catchThrowableOfType(ApiException.class, () -> interviews.getInterview(999_999_999L));
        assertThat(missing.getCode()).isEqualTo(404);
        assertThat(missing.getResponseBody()).contains("https://mockinterview.org/problems/");
    }
}
