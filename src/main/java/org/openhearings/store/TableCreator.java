package org.openhearings.store;

import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Creates the table on a local engine (DynamoDB Local, LocalStack); on AWS, template.yaml does. */
@Singleton
public class TableCreator {
    private final DynamoDbClient dynamo;
    private final DynamoSettings settings;

    public TableCreator(DynamoDbClient dynamo, DynamoSettings settings) {
        this.dynamo = dynamo;
        this.settings = settings;
    }

    public void createIfMissing() {
        try {
            dynamo.createTable(t -> t.tableName(settings.table())
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(
                            a -> a.attributeName(TableLayout.PK).attributeType(ScalarAttributeType.S),
                            a -> a.attributeName(TableLayout.SK).attributeType(ScalarAttributeType.S))
                    .keySchema(
                            k -> k.attributeName(TableLayout.PK).keyType(KeyType.HASH),
                            k -> k.attributeName(TableLayout.SK).keyType(KeyType.RANGE)));
            dynamo.waiter().waitUntilTableExists(w -> w.tableName(settings.table()));
        } catch (ResourceInUseException alreadyThere) {
            // Nothing to do: creating is idempotent for our purposes.
        }
    }
}
