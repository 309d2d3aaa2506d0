package org.openhearings.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import java.util.LinkedHashMap;
import java.util.Map;

/** API Gateway (HTTP API, payload v2) events as the gateway builds them, for calling the handler in-process. */
public final class ApiEvents {
    private ApiEvents() {
    }

    /** A request for {@code pathAndQuery}, with header names and values in pairs. */
    public static APIGatewayV2HTTPEvent event(String method, String pathAndQuery, String... headers) {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        String query = pathAndQuery.contains("?") ? pathAndQuery.substring(pathAndQuery.indexOf('?') + 1) : "";
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
            parameters.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        Map<String, String> headerMap = new LinkedHashMap<>(Map.of("accept", "*/*", "host", "api.openhearings.example"));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            headerMap.put(headers[i].toLowerCase(java.util.Locale.ROOT), headers[i + 1]);
        }
        APIGatewayV2HTTPEvent.RequestContext.Http http = new APIGatewayV2HTTPEvent.RequestContext.Http();
        http.setMethod(method);
        http.setPath(path);
        APIGatewayV2HTTPEvent.RequestContext context = new APIGatewayV2HTTPEvent.RequestContext();
        context.setHttp(http);
        context.setDomainName("api.openhearings.example");
        context.setRequestId("in-process");
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setVersion("2.0");
        event.setRouteKey("$default");
        event.setRawPath(path);
        event.setRawQueryString(query);
        event.setQueryStringParameters(parameters.isEmpty() ? null : parameters);
        event.setHeaders(headerMap);
        event.setRequestContext(context);
        return event;
    }
}
