package org.openhearings.anonymise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Given names and their short forms (resources/anonymise/nicknames.csv: the public "nicknames"
 * dataset by Carlton Northern and contributors, Apache License 2.0, licence beside it). A name's
 * variants are its nicknames, the names it is a nickname of, and their nicknames: David, Dave, Davy.
 */
public final class Nicknames {
    private static final Nicknames INSTANCE = load();

    private final Map<String, Set<String>> nicknames;
    private final Map<String, Set<String>> formalNames;

    private Nicknames(Map<String, Set<String>> nicknames, Map<String, Set<String>> formalNames) {
        this.nicknames = nicknames;
        this.formalNames = formalNames;
    }

    public static Nicknames get() {
        return INSTANCE;
    }

    /** The folded given name and every variant of it. */
    public Set<String> variants(String givenName) {
        Set<String> variants = new HashSet<>();
        variants.add(givenName);
        variants.addAll(nicknames.getOrDefault(givenName, Set.of()));
        for (String formal : formalNames.getOrDefault(givenName, Set.of())) {
            variants.add(formal);
            variants.addAll(nicknames.getOrDefault(formal, Set.of()));
        }
        return variants;
    }

    /** Every given name the list knows, formal or short. */
    public Set<String> givenNames() {
        Set<String> all = new HashSet<>(nicknames.keySet());
        all.addAll(formalNames.keySet());
        return all;
    }

    private static Nicknames load() {
        Map<String, Set<String>> nicknames = new HashMap<>();
        Map<String, Set<String>> formalNames = new HashMap<>();
        try (InputStream in = Nicknames.class.getResourceAsStream("/anonymise/nicknames.csv");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.readLine(); // header
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] cells = line.split(",");
                if (cells.length == 3) {
                    String formal = FoldedText.of(cells[0]);
                    String nickname = FoldedText.of(cells[2]);
                    nicknames.computeIfAbsent(formal, k -> new HashSet<>()).add(nickname);
                    formalNames.computeIfAbsent(nickname, k -> new HashSet<>()).add(formal);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Nicknames(nicknames, formalNames);
    }
}
