package org.openhearings.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.net.URI;
import java.util.Map;

/**
 * The cold-start baseline (benchmark only, never in the Lambda jar): the least a Java Lambda can do to
 * answer the same request — a plain aws-lambda-java-core handler that reads the hearing with one GetItem
 * (AWS SDK v2, the URL-connection client) and returns its stored JSON. No framework, no routing, no checks.
 */
public class BareHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final DynamoDbClient dynamo;
    private final String table;

    public BareHandler(String endpoint, String table) {
        this.dynamo = DynamoDbClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.US_EAST_1).endpointOverride(URI.create(endpoint))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"))).build();
        this.table = table;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        String id = event.getRawPath().substring(event.getRawPath().lastIndexOf('/') + 1);
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).key(Map.of(
                "PK", AttributeValue.fromS("HEARING#" + id), "SK", AttributeValue.fromS("RECORD")))).item();
        return APIGatewayV2HTTPResponse.builder().withStatusCode(item == null || item.isEmpty() ? 404 : 200)
                .withHeaders(Map.of("Content-Type", "application/json"))
                .withBody(item == null || item.isEmpty() ? "{}" : item.get("doc").s()).build();
    }
}
