package org.openhearings.draft;

import org.openhearings.domain.Force;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forces as prose names them: the full name ("Kent Police"), the area with "Police" or "Constabulary"
 * ("Hampshire Constabulary"), and the Met's short forms.
 */
final class ForceNames {
    private record Name(Force force, Pattern pattern) {
    }

    private static final List<Name> NAMES = new ArrayList<>();

    static {
        for (Force force : Force.values()) {
            String area = force.label().replaceFirst("\\s+(Police Service|Police|Constabulary)$", "")
                    .replaceFirst(" and Isle of Wight$", "(?: and Isle of Wight)?");
            NAMES.add(new Name(force, Pattern.compile("\\b" + area + "\\s+(?:Police|Constabulary|police|constabulary)\\b")));
        }
        NAMES.add(new Name(Force.METROPOLITAN, Pattern.compile("\\b(?:the Met|Met Police|Metropolitan Police|Met officers?)\\b")));
        NAMES.add(new Name(Force.BRITISH_TRANSPORT_POLICE, Pattern.compile("\\bBTP\\b")));
    }

    private ForceNames() {
    }

    /** The forces a sentence names, in the order they first appear. */
    static Set<Force> in(String sentence) {
        record Hit(int at, Force force) {
        }
        List<Hit> hits = new ArrayList<>();
        for (Name name : NAMES) {
            Matcher m = name.pattern().matcher(sentence);
            if (m.find()) {
                hits.add(new Hit(m.start(), name.force()));
            }
        }
        hits.sort((a, b) -> Integer.compare(a.at(), b.at()));
        Set<Force> forces = new LinkedHashSet<>();
        hits.forEach(hit -> forces.add(hit.force()));
        return forces;
    }
}
