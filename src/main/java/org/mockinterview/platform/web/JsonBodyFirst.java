package org.mockinterview.platform.web;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lists a JSON request body before the multipart one where an operation takes both (a typed or a spoken answer):
 * client generators make one method per operation from the first body type, and the typed answer is the one every
 * client needs. Operations whose JSON form is the exception (the resume upload) keep their order.
 */
public class JsonBodyFirst implements OASFilter {

    private static final String JSON = "application/json";
    private static final String MULTIPART = "multipart/form-data";

    @Override
    public RequestBody filterRequestBody(RequestBody body) {
        if (body.getContent() == null || body.getContent().getMediaTypes() == null) {
            return body;
        }
        Map<String, MediaType> types = body.getContent().getMediaTypes();
        if (!types.containsKey(JSON) || !types.containsKey(MULTIPART) || !isAnswer(types.get(JSON))) {
            return body;
        }
        Map<String, MediaType> ordered = new LinkedHashMap<>();
        ordered.put(JSON, types.get(JSON));
        types.forEach(ordered::putIfAbsent);
        body.getContent().setMediaTypes(ordered);
        return body;
    }

    private static boolean isAnswer(MediaType json) {
        return json.getSchema() != null && String.valueOf(json.getSchema().getRef()).endsWith("/SubmitAnswer");
    }
}
