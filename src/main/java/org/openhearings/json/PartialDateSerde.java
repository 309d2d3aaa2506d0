package org.openhearings.json;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Encoder;
import io.micronaut.serde.Serde;
import jakarta.inject.Singleton;
import org.openhearings.domain.PartialDate;

import java.io.IOException;

/** Partial dates travel as ISO reduced strings ("2016-05"), which carry their precision. */
@Singleton
public class PartialDateSerde implements Serde<PartialDate> {

    @Override
    public PartialDate deserialize(Decoder decoder, DecoderContext context, Argument<? super PartialDate> type) throws IOException {
        return PartialDate.parse(decoder.decodeString());
    }

    @Override
    public void serialize(Encoder encoder, EncoderContext context, Argument<? extends PartialDate> type, PartialDate value) throws IOException {
        encoder.encodeString(value.toString());
    }
}
