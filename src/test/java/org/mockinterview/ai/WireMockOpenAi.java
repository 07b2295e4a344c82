package org.mockinterview.ai;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/** An OpenAI-compatible fake on a dynamic localhost port; the model's base URL points at it. */
public class WireMockOpenAi extends org.mockinterview.support.LocalWireMock {

    public static final String MODEL = "test-model";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected Map<String, String> properties(String baseUrl) {
        return Map.of("quarkus.langchain4j.openai.base-url", baseUrl + "/v1/");
    }

    @Override
    protected Class<? extends java.lang.annotation.Annotation> injectionMarker() {
        return InjectWireMock.class;
    }

    /** A chat-completion response whose assistant message is {@code content}, with fixed token usage. */
    public static String completion(String content) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-test").put("object", "chat.completion").put("created", 1_700_000_000L)
                .put("model", MODEL);
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        root.putObject("usage").put("prompt_tokens", 120).put("completion_tokens", 80).put("total_tokens", 200);
        return root.toString();
    }

    /** JSON text of a plan reply. */
    public static String plan(Object... categoryTextPairs) {
        ObjectNode root = JSON.createObjectNode();
        var questions = root.putArray("questions");
        for (int i = 0; i < categoryTextPairs.length; i += 2) {
            questions.addObject().put("category", String.valueOf(categoryTextPairs[i]))
                    .put("text", String.valueOf(categoryTextPairs[i + 1])).put("projectRef", "FraudShield")
                    .put("rationale", "Probes the candidate's own work.");
        }
        return root.toString();
    }
}
