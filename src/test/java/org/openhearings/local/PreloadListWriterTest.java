package org.openhearings.local;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The preload list keeps the jar's classes in load order: not the JDK's, not another jar's or directory's, not generated lambdas. */
class PreloadListWriterTest {

    @Test
    void keepsTheJarsClassesInOrderOnce() {
        List<String> log = List.of(
                "[0.010s][info][class,load] java.lang.Object source: shared objects file",
                "[0.020s][info][class,load] java.util.regex.Pattern source: jrt:/java.base",
                "[0.030s][info][class,load] io.micronaut.context.DefaultApplicationContext source: file:/work/target/openhearings.jar",
                "[0.040s][info][class,load] org.openhearings.local.PreloadListWriter source: file:/work/target/test-classes/",
                "[0.050s][info][class,load] org.openhearings.lambda.ApiFunction source: file:/work/target/openhearings.jar",
                "[0.055s][info][class,load] org.openhearings.lambda.Other source: file:/work/target/openhearings.jar.bak",
                "[0.057s][info][class,load] org.openhearings.lambda.Elsewhere source: file:/m2/micronaut-inject.jar",
                "[0.060s][info][class,load] org.openhearings.lambda.ApiFunction$$Lambda$12/0x0000000800c01234 source: org.openhearings.lambda.ApiFunction",
                "[0.065s][info][class,load] io.micronaut.Foo$$Lambda$13/0x0000000800c05678 source: file:/work/target/openhearings.jar",
                "[0.070s][info][class,load] software.amazon.awssdk.core.SdkBytes source: file:/work/target/openhearings.jar",
                "[0.080s][info][class,load] io.micronaut.context.DefaultApplicationContext source: file:/work/target/openhearings.jar");

        assertEquals(List.of("io.micronaut.context.DefaultApplicationContext", "org.openhearings.lambda.ApiFunction",
                "software.amazon.awssdk.core.SdkBytes"), List.copyOf(PreloadListWriter.classesLoaded(log, "/work/target/openhearings.jar")));
    }
}
