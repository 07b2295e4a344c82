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
        // one set of JVM memory flags: the container image, the Deployment and the load scripts that measured them
        String k8sFlags = container.path("env").findValuesAsText("value").stream()
                .filter(v -> v.contains("-Xmx")).findFirst().orElseThrow();
        String jvmFlags = k8sFlags.substring(0, k8sFlags.indexOf(" -Djava.io.tmpdir"));
        assertThat(Files.readString(Path.of("docker/Dockerfile"))).contains("JAVA_OPTS_APPEND=\"" + jvmFlags + " ");
        assertThat(Files.readString(Path.of("scripts/lib/service.sh"))).contains(jvmFlags);
        assertThat(container.at("/resources/requests/cpu").asText()).isNotEmpty();
        assertThat(container.path("envFrom").findValuesAsText("name"))
                .contains(byKind("ConfigMap").at("/metadata/name").asText(),
                        byKind("Secret").at("/metadata/name").asText());
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
