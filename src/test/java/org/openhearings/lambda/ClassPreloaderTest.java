package org.openhearings.lambda;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preloader loads what it can find and nothing more: no class initialised early, no name it lacks a failure. */
class ClassPreloaderTest {
    static volatile boolean initialised;

    /** Loaded by the preloader in the test below and by nothing else. */
    static final class LoadedAhead {
        static {
            initialised = true;
        }

        private LoadedAhead() {
        }
    }

    @Test
    void loadsListedClassesWithoutRunningTheirStaticCodeAndSkipsNamesItLacks() throws Exception {
        String list = String.join("\n", LoadedAhead.class.getName(), "org.openhearings.NoSuchClass", "not a class name", "");
        int loaded = ClassPreloader.load(new ByteArrayInputStream(list.getBytes(StandardCharsets.UTF_8)), getClass().getClassLoader());

        assertEquals(1, loaded);
        assertFalse(initialised, "a preloaded class is not initialised");
        Class.forName(LoadedAhead.class.getName(), true, getClass().getClassLoader());
        assertTrue(initialised);
    }

    @Test
    void withoutAListNothingIsLoaded() throws IOException {
        assertEquals(0, ClassPreloader.load(new ByteArrayInputStream(new byte[0]), getClass().getClassLoader()));
    }
}
