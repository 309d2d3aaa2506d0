package org.openhearings.ingest;

import io.micronaut.json.tree.JsonNode;
import org.openhearings.domain.PartialDate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the fields of one JSON object of a raw record, collecting every problem with its JSON path
 * instead of stopping at the first, so an operator can fix a record in one go. A message never repeats
 * an input value or an unknown key: any of them may hold a name.
 */
final class FieldReader {
    private final JsonNode node;
    private final String path;
    private final String record;
    private final List<FieldError> errors;

    FieldReader(JsonNode node, String path, String record, List<FieldError> errors) {
        this.node = node;
        this.path = path;
        this.record = record;
        this.errors = errors;
    }

    void error(String field, String message) {
        errors.add(new FieldError(record, path.isEmpty() ? field : path + "." + field, message));
    }

    /** Unknown fields are refused: a misspelt optional field would otherwise vanish silently. */
    void allowOnly(String... fields) {
        Set<String> allowed = Set.of(fields);
        int position = 0;
        for (Map.Entry<String, JsonNode> entry : node.entries()) {
            position++;
            if (!allowed.contains(entry.getKey())) {
                error("(field " + position + ")", "unknown field name; expected one of " + String.join(", ", fields));
            }
        }
    }

    /** Whether the field is given (a JSON null is not). */
    boolean has(String field) {
        return present(field) != null;
    }

    private JsonNode present(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    String string(String field, boolean required) {
        JsonNode value = present(field);
        if (value == null || (value.isString() && value.getStringValue().isBlank())) {
            if (required) {
                error(field, "required");
            }
            return null;
        }
        if (!value.isString()) {
            error(field, "must be a string");
            return null;
        }
        return value.getStringValue().strip();
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type, boolean required) {
        String text = string(field, required);
        return text == null ? null : parse(field, text, type);
    }

    private <E extends Enum<E>> E parse(String field, String text, Class<E> type) {
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            error(field, "unknown value; expected one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
            return null;
        }
    }

    <E extends Enum<E>> List<E> enumList(String field, Class<E> type) {
        List<E> values = new ArrayList<>();
        List<String> texts = stringList(field, true);
        for (int i = 0; i < texts.size(); i++) {
            E value = parse(field + "[" + i + "]", texts.get(i), type);
            if (value != null && !values.contains(value)) {
                values.add(value);
            }
        }
        return values;
    }

    List<String> stringList(String field, boolean required) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : arrayItems(field, required)) {
            if (item.isString()) {
                values.add(item.getStringValue().strip());
            } else {
                error(field, "must hold only strings");
            }
        }
        return values;
    }

    Integer integer(String field, boolean required) {
        JsonNode value = present(field);
        if (value == null) {
            if (required) {
                error(field, "required");
            }
            return null;
        }
        if (!value.isNumber() || value.getNumberValue().doubleValue() != value.getIntValue()) {
            error(field, "must be a whole number");
            return null;
        }
        if (value.getIntValue() < 0) {
            error(field, "must not be negative");
            return null;
        }
        return value.getIntValue();
    }

    Boolean bool(String field, boolean required) {
        JsonNode value = present(field);
        if (value == null) {
            if (required) {
                error(field, "required");
            }
            return null;
        }
        if (!value.isBoolean()) {
            error(field, "must be true or false");
            return null;
        }
        return value.getBooleanValue();
    }

    PartialDate partialDate(String field, boolean required) {
        return convert(field, required, PartialDate::parse);
    }

    LocalDate date(String field, boolean required) {
        return convert(field, required, FieldReader::parseIsoDate);
    }

    LocalDate isoDate(String field, String text) {
        try {
            return parseIsoDate(text);
        } catch (IllegalArgumentException e) {
            error(field, e.getMessage());
            return null;
        }
    }

    private static LocalDate parseIsoDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date (expected YYYY-MM-DD)");
        }
    }

    private <T> T convert(String field, boolean required, Function<String, T> parser) {
        String text = string(field, required);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            error(field, e.getMessage());
            return null;
        }
    }

    FieldReader object(String field, boolean required) {
        JsonNode value = present(field);
        if (value == null) {
            if (required) {
                error(field, "required");
            }
            return null;
        }
        if (!value.isObject()) {
            error(field, "must be an object");
            return null;
        }
        return new FieldReader(value, qualified(field), record, errors);
    }

    List<FieldReader> objects(String field, boolean required) {
        List<FieldReader> readers = new ArrayList<>();
        int index = 0;
        for (JsonNode item : arrayItems(field, required)) {
            String itemPath = qualified(field) + "[" + index++ + "]";
            if (item.isObject()) {
                readers.add(new FieldReader(item, itemPath, record, errors));
            } else {
                errors.add(new FieldError(record, itemPath, "must be an object"));
            }
        }
        return readers;
    }

    private List<JsonNode> arrayItems(String field, boolean required) {
        JsonNode value = present(field);
        if (value == null) {
            if (required) {
                error(field, "required");
            }
            return List.of();
        }
        if (!value.isArray()) {
            error(field, "must be an array");
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        value.values().forEach(items::add);
        return items;
    }

    private String qualified(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
