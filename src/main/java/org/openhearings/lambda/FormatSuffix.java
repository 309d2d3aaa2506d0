package org.openhearings.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /api/v1/hearings.csv}, {@code /api/v1/hearings/{id}.json}, {@code /api/v1/stats/officers/outcome.csv}:
 * a format suffix, as data portals write links, is the route without it plus {@code format=}. Rewritten in
 * the event, before routing (the adapter reads parameters from the event, not the URI), so every route that
 * takes {@code format} takes the suffix too and no other does. Bulk files keep their names
 * ({@code hearings-2023.csv} is a file, not a format).
 */
final class FormatSuffix {
    private static final Pattern SUFFIXED = Pattern.compile("(/api/v1/(?!bulk/).+)\\.(csv|json)");

    private FormatSuffix() {
    }

    static void rewrite(APIGatewayV2HTTPEvent event) {
        Matcher suffixed = event.getRawPath() == null ? null : SUFFIXED.matcher(event.getRawPath());
        if (suffixed == null || !suffixed.matches()) {
            return;
        }
        event.setRawPath(suffixed.group(1));
        if (event.getRequestContext() != null && event.getRequestContext().getHttp() != null) {
            event.getRequestContext().getHttp().setPath(suffixed.group(1));
        }
        String query = event.getRawQueryString() == null ? "" : event.getRawQueryString();
        event.setRawQueryString((query.isEmpty() ? "" : query + "&") + "format=" + suffixed.group(2));
        Map<String, String> parameters = new LinkedHashMap<>(event.getQueryStringParameters() == null ? Map.of()
                : event.getQueryStringParameters());
        // A format given as well is kept beside the suffix's, so a conflict is refused as a repeated parameter.
        parameters.merge("format", suffixed.group(2), (given, suffix) -> given + "," + suffix);
        event.setQueryStringParameters(parameters);
    }
}
