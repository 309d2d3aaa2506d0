package org.openhearings.deploy;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhearings.ingest.BulkRebuild;
import org.openhearings.ingest.IngestService;
import org.openhearings.ingest.IngestService.RawFile;
import org.openhearings.lambda.ApiFunction;
import org.openhearings.local.SampleData;
import org.openhearings.store.DynamoRequestCounter;
import org.openhearings.testing.IsolatedApp;
import org.openhearings.testing.LambdaEvents;
import org.openhearings.testing.TestStack;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * template.yaml read as CloudFormation reads it: each function's events and policies expanded into the
 * resources they refer to (an S3 event makes the bucket refer to the function; a policy makes the
 * function's role refer to what it names), then no dependency cycle may remain; and each function's
 * DynamoDB actions are exactly the operations it is seen to call.
 */
class TemplateTest {
    private static final Path TEMPLATE = Path.of("template.yaml");

    @RegisterExtension
    static final IsolatedApp INGEST = new IsolatedApp();

    @Test
    void theTemplateHasNoDependencyCycle() throws IOException {
        String yaml = Files.readString(TEMPLATE, StandardCharsets.UTF_8);
        assertEquals(List.of(), cycle(yaml));
    }

    @Test
    void theCheckFindsTheKnownBucketPolicyCycle() throws IOException {
        String yaml = Files.readString(TEMPLATE, StandardCharsets.UTF_8).replace(
                "      Policies:\n        # Exactly what ingest calls",
                "      Policies:\n        - S3ReadPolicy:\n            BucketName: !Ref RawBucket\n        # Exactly what ingest calls");
        assertNotEquals(List.of(), cycle(yaml), "S3ReadPolicy on !Ref RawBucket with an S3 event is a cycle");
    }

    /** Every function's handler names a Lambda handler on the class path (a typo would deploy, then fail every call). */
    @Test
    @SuppressWarnings("unchecked")
    void everyHandlerIsALambdaHandler() throws Exception {
        Map<String, Object> resources = resources(Files.readString(TEMPLATE, StandardCharsets.UTF_8));
        int functions = 0;
        for (Map.Entry<String, Object> resource : resources.entrySet()) {
            Map<String, Object> body = (Map<String, Object>) resource.getValue();
            if ("AWS::Serverless::Function".equals(body.get("Type"))) {
                Class<?> handler = Class.forName((String) ((Map<String, Object>) body.get("Properties")).get("Handler"));
                assertTrue(RequestHandler.class.isAssignableFrom(handler) || RequestStreamHandler.class.isAssignableFrom(handler),
                        resource.getKey() + ": " + handler);
                functions++;
            }
        }
        assertEquals(4, functions);
    }

    @Test
    void eachFunctionMayCallExactlyTheDynamoDbOperationsItUses() throws IOException {
        Map<String, Object> resources = resources(Files.readString(TEMPLATE, StandardCharsets.UTF_8));

        DynamoRequestCounter api = TestStack.loadedApp().getBean(DynamoRequestCounter.class);
        api.reset();
        ApiFunction handler = new ApiFunction(TestStack.loadedApp());
        for (String event : LambdaEvents.fileNames()) {
            if (event.startsWith("api-") || event.startsWith("page-")) {
                handler.handleRequest(LambdaEvents.read(event, APIGatewayV2HTTPEvent.class), new MockLambdaContext());
            }
        }
        APIGatewayV2HTTPEvent csv = LambdaEvents.read("api-hearings-list.json", APIGatewayV2HTTPEvent.class);
        csv.setRawQueryString("format=csv");
        csv.setQueryStringParameters(Map.of("format", "csv"));
        handler.handleRequest(csv, new MockLambdaContext());
        assertEquals(dynamoActions(resources, "ApiFunction"), actions(api.byOperation().keySet()));

        DynamoRequestCounter counter = INGEST.context().getBean(DynamoRequestCounter.class);
        IngestService ingest = INGEST.context().getBean(IngestService.class);
        BulkRebuild rebuild = INGEST.context().getBean(BulkRebuild.class);
        Set<String> ingestCalls = new TreeSet<>();
        Set<String> rebuildCalls = new TreeSet<>();
        String revised = new String(SampleData.seedCase().content(), StandardCharsets.UTF_8).replace("Eight officers", "8 officers");
        String withdrawal = "{\"withdrawn\": true, \"source\": {\"url\": \"https://emergency-services.news/"
                + "two-met-officers-dismissed-for-offensive-whatsapp-messages-following-professional-standards-investigation/\"}}";
        for (RawFile file : List.of(SampleData.seedCase(), raw("revised.json", revised), raw("withdrawal.json", withdrawal))) {
            counter.reset();
            ingest.ingest(List.of(file));
            ingestCalls.addAll(counter.byOperation().keySet());
            counter.reset();
            rebuild.rebuildPending();
            rebuildCalls.addAll(counter.byOperation().keySet());
        }
        assertEquals(dynamoActions(resources, "IngestFunction"), actions(ingestCalls));
        assertEquals(dynamoActions(resources, "BulkRebuildFunction"), actions(rebuildCalls));
    }

    private static RawFile raw(String name, String content) {
        return new RawFile(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** IAM actions for the operations seen: a transaction's writes need the item actions it contains. */
    private static Set<String> actions(Set<String> operations) {
        Set<String> actions = new TreeSet<>();
        for (String operation : operations) {
            if (operation.equals("TransactWriteItems")) {
                actions.addAll(List.of("dynamodb:PutItem", "dynamodb:DeleteItem", "dynamodb:UpdateItem")); // records, entries, counts
            } else {
                actions.add("dynamodb:" + operation);
            }
        }
        return actions;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> dynamoActions(Map<String, Object> resources, String function) {
        Set<String> actions = new TreeSet<>();
        Map<String, Object> properties = (Map<String, Object>) ((Map<String, Object>) resources.get(function)).get("Properties");
        for (Object policy : (List<Object>) properties.get("Policies")) {
            for (Object statement : (List<Object>) ((Map<String, Object>) policy).getOrDefault("Statement", List.of())) {
                for (Object action : (List<Object>) ((Map<String, Object>) statement).get("Action")) {
                    if (action.toString().startsWith("dynamodb:")) {
                        actions.add(action.toString());
                    }
                }
            }
        }
        return actions;
    }

    @SuppressWarnings("unchecked")
    private static List<String> cycle(String yaml) {
        Map<String, Object> resources = resources(yaml);
        Map<String, Set<String>> edges = new HashMap<>();
        resources.forEach((name, value) -> {
            Map<String, Object> resource = (Map<String, Object>) value;
            Map<String, Object> properties = (Map<String, Object>) resource.getOrDefault("Properties", Map.of());
            Set<String> refs = edges.computeIfAbsent(name, k -> new HashSet<>());
            properties.forEach((key, property) -> {
                if (!key.equals("Events")) {
                    collectRefs(property, resources.keySet(), refs);
                }
            });
            if ("AWS::Serverless::Function".equals(resource.get("Type"))) {
                for (Object e : ((Map<String, Object>) properties.getOrDefault("Events", Map.of())).values()) {
                    Map<String, Object> event = (Map<String, Object>) e;
                    Set<String> source = new HashSet<>();
                    collectRefs(event.get("Properties"), resources.keySet(), source);
                    // S3: the bucket's notification refers to the function; HttpApi: the route's integration does.
                    source.forEach(s -> edges.computeIfAbsent(s, k -> new HashSet<>()).add(name));
                }
            }
        });
        List<String> path = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (String start : edges.keySet()) {
            List<String> found = dfs(start, edges, path, done);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static List<String> dfs(String node, Map<String, Set<String>> edges, List<String> path, Set<String> done) {
        if (path.contains(node)) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
            cycle.add(node);
            return cycle;
        }
        if (!done.add(node)) {
            return List.of();
        }
        path.add(node);
        for (String next : edges.getOrDefault(node, Set.of())) {
            List<String> found = dfs(next, edges, path, done);
            if (!found.isEmpty()) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        return List.of();
    }

    @SuppressWarnings("unchecked")
    private static void collectRefs(Object value, Set<String> names, Set<String> into) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, inner) -> {
                if (key.equals("Ref") && names.contains(inner.toString())) {
                    into.add(inner.toString());
                } else if (key.equals("Fn::GetAtt")) {
                    String target = inner instanceof List<?> list ? list.get(0).toString() : inner.toString().split("\\.")[0];
                    into.add(target);
                } else if (key.equals("Fn::Sub")) {
                    Matcher m = Pattern.compile("\\$\\{([A-Za-z0-9]+)").matcher(inner instanceof List<?> l ? l.get(0).toString() : inner.toString());
                    while (m.find()) {
                        if (names.contains(m.group(1))) {
                            into.add(m.group(1));
                        }
                    }
                }
                collectRefs(inner, names, into);
            });
        } else if (value instanceof List<?> list) {
            list.forEach(item -> collectRefs(item, names, into));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resources(String yaml) {
        Map<String, Object> template = new Yaml(new CloudFormationTags()).load(yaml);
        return (Map<String, Object>) template.get("Resources");
    }

    /** CloudFormation's short forms (!Ref, !Sub, !GetAtt, …) read as their long forms. */
    private static final class CloudFormationTags extends SafeConstructor {
        CloudFormationTags() {
            super(new LoaderOptions());
            for (String function : List.of("Ref", "Sub", "GetAtt", "Join", "If", "Not", "Equals", "Select", "Split",
                    "FindInMap", "ImportValue", "Base64", "GetAZs", "And", "Or", "Condition")) {
                String longForm = function.equals("Ref") || function.equals("Condition") ? function : "Fn::" + function;
                yamlConstructors.put(new Tag("!" + function), new AbstractConstruct() {
                    @Override
                    public Object construct(Node node) {
                        Object value = node instanceof ScalarNode scalar ? scalar.getValue()
                                : node instanceof SequenceNode sequence ? constructSequence(sequence) : constructMapping((org.yaml.snakeyaml.nodes.MappingNode) node);
                        return Map.of(longForm, value);
                    }
                });
            }
        }
    }
}
