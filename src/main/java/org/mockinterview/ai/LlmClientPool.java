package org.mockinterview.ai;

import io.smallrye.config.SmallRyeConfig;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.eclipse.microprofile.rest.client.spi.RestClientBuilderListener;
import org.jboss.resteasy.reactive.client.api.QuarkusRestClientProperties;

/**
 * Sizes the connection pool of the model's REST client, which quarkus-langchain4j builds programmatically and so
 * never reads {@code quarkus.rest-client.*}. Without it, 200 interviews planned at once went to the model in waves
 * of 50, each a full model round trip behind the previous one.
 */
public class LlmClientPool implements RestClientBuilderListener {

    @Override
    public void onNewBuilder(RestClientBuilder builder) {
        // a ServiceLoader instance, not a bean: the typed config is looked up rather than injected
        int size = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(LlmConfig.class)
                .connectionPoolSize();
        builder.property(QuarkusRestClientProperties.CONNECTION_POOL_SIZE, size);
    }
}
