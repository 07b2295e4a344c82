package org.mockinterview.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.lang.annotation.Annotation;
import java.util.Map;

/** A WireMock server on a dynamic localhost port for one test resource; subclasses say which setting points at it. */
public abstract class LocalWireMock implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;

    /** The configuration that points the service at the server, given its base URL {@code http://127.0.0.1:port}. */
    protected abstract Map<String, String> properties(String baseUrl);

    /** The annotation marking test fields that receive the server. */
    protected abstract Class<? extends Annotation> injectionMarker();

    @Override
    public Map<String, String> start() {
        // Bursts of concurrent calls with delayed replies (the bulkhead tests) must not queue behind the stub's own
        // threads: a delayed reply is served asynchronously, and the container has room for every caller at once.
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
                .containerThreads(64).asynchronousResponseEnabled(true).asynchronousResponseThreads(32));
        server.start();
        return properties("http://127.0.0.1:" + server.port());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server,
                new TestInjector.AnnotatedAndMatchesType(injectionMarker(), WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
