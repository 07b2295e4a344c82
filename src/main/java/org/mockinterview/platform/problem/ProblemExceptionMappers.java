package org.mockinterview.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.hibernate.exception.JDBCConnectionException;
import org.mockinterview.platform.db.PoolExhaustion;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns every exception that reaches the REST layer into an RFC 9457 problem, so that no stack trace or SQL leaks out.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);
    private static final Map<String, String> BEARER_CHALLENGE = Map.of("WWW-Authenticate", "Bearer");

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        return ProblemResponses.of(e.toProblem(request.path()), e.headers());
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthorized(RuntimeException e, HttpServerRequest request) {
        return ProblemResponses.of(Problem.of(ProblemType.UNAUTHORIZED,
                "A valid bearer token is required", request.path()), BEARER_CHALLENGE);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return ProblemResponses.of(ProblemType.FORBIDDEN, "This operation is not allowed", request.path());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpServerRequest request) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return ProblemResponses.of(new Problem(ProblemType.VALIDATION.uri(), ProblemType.VALIDATION.title(), 400,
                detail, request.path(), errors), Map.of());
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, HttpServerRequest request) {
        return jsonProblem(e, request.path());
    }

    /** Named explicitly: Quarkus ships its own mapper for this subtype, which would answer plain JSON. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, HttpServerRequest request) {
        return jsonProblem(e, request.path());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return jsonProblem(json, request.path());
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        String detail = ProblemResponses.frameworkDetail(status, request.method().name(),
                request.getHeader("Content-Type"));
        if (status >= 500) {
            LOG.errorf(e, "Request to %s failed", request.path());
        }
        return ProblemResponses.of(new Problem(type.uri(), type.title(), status, detail, request.path(), null),
                Map.of());
    }

    @ServerExceptionMapper({OptimisticLockException.class, org.hibernate.StaleObjectStateException.class})
    public Response concurrentChange(RuntimeException e, HttpServerRequest request) {
        return ProblemResponses.of(ProblemType.CONFLICT,
                "The resource was changed by a concurrent request; read it again and retry", request.path());
    }

    @ServerExceptionMapper
    public Response databaseDown(JDBCConnectionException e, HttpServerRequest request) {
        LOG.warnf("Database unavailable while serving %s: %s", request.path(), e.getClass().getSimpleName());
        return ProblemResponses.of(Problem.of(ProblemType.SERVICE_UNAVAILABLE,
                "The database is unavailable; retry shortly", request.path()), Map.of("Retry-After", "5"));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (causedByUnavailableDatabase(e)) {
            return databaseDown(new JDBCConnectionException("unavailable", null), request);
        }
        if (PoolExhaustion.isCauseOf(e)) {
            LOG.warnf("No database connection within the acquisition timeout while serving %s", request.path());
            return ProblemResponses.of(Problem.of(ProblemType.SERVICE_UNAVAILABLE,
                    "The service is too busy right now; retry shortly", request.path()), Map.of("Retry-After", "2"));
        }
        LOG.errorf(e, "Unexpected failure serving %s", request.path());
        return ProblemResponses.of(ProblemType.INTERNAL, "An unexpected error occurred", request.path());
    }

    private static boolean causedByUnavailableDatabase(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static Response jsonProblem(JsonProcessingException e, String path) {
        if (e instanceof UnrecognizedPropertyException u) {
            return fieldProblem(u.getPropertyName(), "is not a known field", path);
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            MismatchedInputException m = (MismatchedInputException) e;
            String field = jsonPath(m.getPath());
            if (!field.isEmpty()) {
                return fieldProblem(field, "has the wrong type or format", path);
            }
        }
        return ProblemResponses.of(ProblemType.MALFORMED_JSON,
                "The body could not be parsed as JSON of the expected shape", path);
    }

    /** The path as clients write it: {@code projects[0].confidence}. */
    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            if (r.getFieldName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static Response fieldProblem(String field, String message, String path) {
        return ProblemResponses.of(new Problem(ProblemType.VALIDATION.uri(), ProblemType.VALIDATION.title(), 400,
                field + ": " + message, path, List.of(new Problem.FieldError(field, message))), Map.of());
    }

    private static String fieldName(ConstraintViolation<?> v) {
        // "create.arg0.text" -> "text": clients know their fields, not our method names
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
                : parts[parts.length - 1];
    }
}
