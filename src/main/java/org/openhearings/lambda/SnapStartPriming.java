package org.openhearings.lambda;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.CustomPojoSerializer;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import org.crac.Resource;
import org.openhearings.aws.OfflinePriming;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * SnapStart priming: before Lambda takes the snapshot of an initialised function, representative requests
 * (a record, a list, statistics, a table, the search page, a page not found) run through the whole handler
 * with the AWS clients offline ({@link OfflinePriming}), so the restored function has their classes loaded
 * and their code compiled, and its first real request skips that work. Each goes through the Lambda runtime's
 * serializer as a real one does: the event read from JSON, the response written to it. Elsewhere (no CRaC)
 * it runs only at package time, where the classes it loads become the class preload list (PreloadListWriter).
 */
public final class SnapStartPriming implements Resource {
    private static final List<String> PATHS = List.of("/api/v1/hearings/h-0000000000000000", "/api/v1/hearings",
            "/api/v1/stats", "/api/v1/stats/officers/outcome", "/", "/hearings/h-0000000000000000");
    private final ApiFunction function;

    public SnapStartPriming(ApiFunction function) {
        this.function = function;
    }

    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        // Nothing to reopen: the clients hold no connection across requests.
    }

    /** Runs the representative requests against empty results; their statuses, in order (200 or 404 when all went well). */
    public List<Integer> prime() {
        CustomPojoSerializer serializer = ServiceLoader.load(CustomPojoSerializer.class, SnapStartPriming.class.getClassLoader())
                .findFirst().orElseThrow(() -> new IllegalStateException("no CustomPojoSerializer: the events serde is missing"));
        List<Integer> statuses = new ArrayList<>();
        OfflinePriming.during(() -> PATHS.forEach(path -> statuses.add(handle(event(path), serializer).getStatusCode())));
        return statuses;
    }

    private APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event, CustomPojoSerializer serializer) {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        serializer.toJson(event, json, APIGatewayV2HTTPEvent.class);
        APIGatewayV2HTTPEvent read = serializer.fromJson(new ByteArrayInputStream(json.toByteArray()), APIGatewayV2HTTPEvent.class);
        APIGatewayV2HTTPResponse response = function.handleRequest(read, new PrimingContext());
        serializer.toJson(response, OutputStream.nullOutputStream(), APIGatewayV2HTTPResponse.class);
        return response;
    }

    private static APIGatewayV2HTTPEvent event(String path) {
        APIGatewayV2HTTPEvent.RequestContext.Http http = new APIGatewayV2HTTPEvent.RequestContext.Http();
        http.setMethod("GET");
        http.setPath(path);
        http.setProtocol("HTTP/1.1");
        http.setSourceIp("127.0.0.1");
        APIGatewayV2HTTPEvent.RequestContext request = new APIGatewayV2HTTPEvent.RequestContext();
        request.setHttp(http);
        request.setRequestId("snapstart-priming");
        request.setStage("$default");
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setVersion("2.0");
        event.setRouteKey("$default");
        event.setRawPath(path);
        event.setRawQueryString("");
        event.setHeaders(Map.of("accept", path.startsWith("/api/") ? "application/json" : "text/html", "accept-encoding", "gzip"));
        event.setRequestContext(request);
        return event;
    }

    /** The Lambda context of a primed request: no deadline and a request id that says what it was. */
    private static final class PrimingContext implements Context {
        @Override
        public String getAwsRequestId() {
            return "snapstart-priming";
        }

        @Override
        public String getLogGroupName() {
            return null;
        }

        @Override
        public String getLogStreamName() {
            return null;
        }

        @Override
        public String getFunctionName() {
            return "priming";
        }

        @Override
        public String getFunctionVersion() {
            return null;
        }

        @Override
        public String getInvokedFunctionArn() {
            return null;
        }

        @Override
        public CognitoIdentity getIdentity() {
            return null;
        }

        @Override
        public ClientContext getClientContext() {
            return null;
        }

        @Override
        public int getRemainingTimeInMillis() {
            return Integer.MAX_VALUE;
        }

        @Override
        public int getMemoryLimitInMB() {
            return 0;
        }

        @Override
        public LambdaLogger getLogger() {
            return null;
        }
    }
}
