package org.mockinterview.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.config.SmallRyeConfig;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parses the Kubernetes and Docker manifests (no kubectl or Docker here) and checks them against the running service.
 */
@QuarkusTest
class DeploymentManifestTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void everyManifestParsesAndTheKustomizationListsThem() throws IOException {
        List<JsonNode> docs = k8sDocuments();
        assertThat(docs).extracting(d -> d.path("kind").asText())
                .contains("Deployment", "Service", "ConfigMap", "Secret", "HorizontalPodAutoscaler",
                        "PodDisruptionBudget", "NetworkPolicy");
        JsonNode kustomization = YAML.readTree(Path.of("k8s/kustomization.yaml").toFile());
        kustomization.path("resources").forEach(r -> assertThat(Path.of("k8s", r.asText())).exists());
    }

    @Test
    void probesPointAtTheServedHealthEndpoints() throws IOException {
        JsonNode container = container();
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            String path = container.path(probe).path("httpGet").path("path").asText();
            assertThat(path).as(probe).startsWith("/q/health");
            given().when().get(path).then().statusCode(200);
        }
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
    }

    @Test
    void containerPortIsTheHttpPort() throws IOException {
        // the configured port, not the random one the test itself listens on
        int httpPort = Integer.parseInt(Files.readAllLines(Path.of("src/main/resources/application.properties"))
                .stream().filter(l -> l.startsWith("quarkus.http.port=")).findFirst().orElseThrow()
                .substring("quarkus.http.port=".length()).strip());
        assertThat(container().at("/ports/0/containerPort").asInt()).isEqualTo(httpPort);
        JsonNode service = byKind("Service");
        assertThat(service.at("/spec/ports/0/targetPort").asText()).isEqualTo(container().at("/ports/0/name").asText());
        assertThat(Files.readString(Path.of("docker/Dockerfile"))).contains("EXPOSE " + httpPort);
        JsonNode policy = byKind("NetworkPolicy");
        assertThat(policy.at("/spec/ingress/0/ports/0/port").asInt()).isEqualTo(httpPort);
    }

    @Test
    void podIsNonRootReadOnlyWithWritableTmp() throws IOException {
        JsonNode pod = byKind("Deployment").at("/spec/template/spec");
        JsonNode container = container();
        assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(container.path("volumeMounts").findValuesAsText("mountPath")).contains("/tmp");
        assertThat(container.at("/resources/limits/memory").asText()).isNotEmpty();
        // the image's flags are the ones its AOT cache was recorded with: the Deployment must not replace them
        assertThat(container.path("env").findValuesAsText("name")).doesNotContain("JAVA_OPTS", "JAVA_OPTS_APPEND",
                "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");
        assertThat(container.path("env").findValuesAsText("value")).noneMatch(v -> v.contains("-Xmx"));
        assertThat(container.at("/resources/requests/cpu").asText()).isNotEmpty();
        assertThat(container.path("envFrom").findValuesAsText("name"))
                .contains(byKind("ConfigMap").at("/metadata/name").asText(),
                        byKind("Secret").at("/metadata/name").asText());
    }

    @Test
    void theImageStartsWithTheAotCacheItRecordedAndTheFlagsTheScriptsMeasured() throws IOException {
        String dockerfile = Files.readString(Path.of("docker/Dockerfile"));
        java.util.regex.Matcher opts = java.util.regex.Pattern.compile("JAVA_OPTS=\"([^\"]*)\"").matcher(dockerfile);
        assertThat(opts.find()).as("JAVA_OPTS in docker/Dockerfile").isTrue();
        String imageFlags = opts.group(1);
        // scripts/lib/service.sh starts the measured service with the same memory and GC flags
        String scriptFlags = Files.readAllLines(Path.of("scripts/lib/service.sh")).stream()
                .filter(l -> l.startsWith("SERVICE_JVM_OPTS=")).findFirst().orElseThrow()
                .replaceAll(".*:-(.*)}\"$", "$1");
        assertThat(imageFlags).startsWith(scriptFlags + " ");
        // recorded with the runtime's flags, at the path the runtime reads it from, for the jar it runs
        assertThat(dockerfile).contains("JAVA_OPTS=\"$JAVA_OPTS\"")
                .contains("aot-train.sh /deployments /tmp/aot/app.aot")
                .contains("COPY --from=train --chown=185:0 /tmp/aot/app.aot /deployments/app.aot")
                .contains("exec java $JAVA_OPTS -XX:AOTCache=/deployments/app.aot -jar /deployments/quarkus-run.jar");
        assertThat(Files.readString(Path.of(".dockerignore"))).contains("!docker/aot-train.sh", "!docker/fake-openai.py");
        assertThat(Files.readAllLines(Path.of("src/main/resources/application.properties")))
                .contains("quarkus.package.jar.type=aot-jar");
    }

    @Test
    void everyConfigMapAndSecretVariableIsAKeyTheApplicationReads() throws IOException {
        Set<String> known = knownKeysAsEnvNames();
        List<String> variables = new ArrayList<>();
        byKind("ConfigMap").path("data").fieldNames().forEachRemaining(variables::add);
        byKind("Secret").path("stringData").fieldNames().forEachRemaining(variables::add);
        assertThat(variables).isNotEmpty();
        assertThat(variables).allSatisfy(v -> assertThat(known).as("configuration key for " + v).contains(v));
        JsonNode compose = YAML.readTree(Path.of("docker/compose.yaml").toFile());
        compose.at("/services/app/environment").fieldNames()
                .forEachRemaining(v -> assertThat(known).as("compose variable " + v).contains(v));
    }

    /** Keys from application.properties (every profile) and every key the running configuration resolves. */
    private static Set<String> knownKeysAsEnvNames() throws IOException {
        Set<String> keys = new HashSet<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources/application.properties"))) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || !l.contains("=")) {
                continue;
            }
            String key = l.substring(0, l.indexOf('=')).strip();
            keys.add(key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key);
        }
        SmallRyeConfig config = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class);
        config.getPropertyNames().forEach(keys::add);
        Set<String> env = new HashSet<>();
        keys.forEach(k -> env.add(k.replaceAll("[^A-Za-z0-9]", "_").toUpperCase()));
        return env;
    }

    private static JsonNode container() throws IOException {
        return byKind("Deployment").at("/spec/template/spec/containers/0");
    }

    private static JsonNode byKind(String kind) throws IOException {
        return k8sDocuments().stream().filter(d -> kind.equals(d.path("kind").asText())).findFirst().orElseThrow();
    }

    private static List<JsonNode> k8sDocuments() throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("k8s"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                try (YAMLParser parser = new YAMLFactory().createParser(f.toFile())) {
                    YAML.readValues(parser, JsonNode.class).forEachRemaining(docs::add);
                }
            }
        }
        return docs;
    }
}
