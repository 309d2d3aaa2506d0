package org.openhearings.api;

import org.openhearings.domain.ChangePage;
import org.openhearings.domain.HearingSummary;
import org.openhearings.domain.Withdrawal;
import org.openhearings.domain.Labelled;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** An Atom (RFC 4287) feed of newly published hearings, written with the JDK's StAX writer (it escapes). */
public final class AtomFeed {
    public static final String MEDIA_TYPE = "application/atom+xml;charset=utf-8";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    /**
     * {@code base} is the site's absolute URL (Atom ids and links must be absolute); {@code query} the list
     * filters a feed follows ("" for every newly published hearing), which make it a feed of its own.
     */
    public static String write(String base, String query, ChangePage page) {
        String self = base + "/api/v1/feed.atom" + (query.isEmpty() ? "" : "?" + query);
        List<HearingSummary> hearings = page.items();
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", self);
            element(xml, "title", query.isEmpty() ? "OpenHearings: newly published misconduct hearing outcomes"
                    : "OpenHearings: hearings matching " + query);
            Instant updated = Stream.concat(hearings.stream().map(HearingSummary::firstPublished),
                    page.withdrawals().stream().map(Withdrawal::time)).max(Instant::compareTo).orElse(Instant.EPOCH);
            element(xml, "updated", updated.toString());
            link(xml, "self", self, AtomFeed.MEDIA_TYPE.split(";")[0]);
            link(xml, "alternate", base + "/" + (query.isEmpty() ? "" : "?" + query), "text/html");
            xml.writeStartElement("author");
            element(xml, "name", "OpenHearings");
            xml.writeEndElement();
            for (HearingSummary h : hearings) {
                xml.writeStartElement("entry");
                element(xml, "id", base + "/hearings/" + h.id());
                element(xml, "title", h.title());
                element(xml, "published", h.firstPublished().toString());
                element(xml, "updated", h.lastUpdated().toString());
                link(xml, "alternate", base + "/hearings/" + h.id(), "text/html");
                link(xml, "related", base + "/api/v1/hearings/" + h.id(), "application/json");
                element(xml, "summary", h.force().label() + ", " + h.hearingType().label()
                        + (h.hearingDate() == null ? " (date not stated)" : " on " + h.hearingDate())
                        + ": " + h.officerCount() + (h.officerCount() == 1 ? " officer" : " officers") + ". Outcomes: "
                        + h.outcomes().stream().map(Labelled::label).collect(Collectors.joining("; ")) + "."
                        + (h.generated() ? " (Generated sample data.)" : ""));
                xml.writeEndElement();
            }
            for (Withdrawal w : page.withdrawals()) {
                // The same entry id as the record's: a feed reader replaces the entry with the withdrawal.
                xml.writeStartElement("entry");
                element(xml, "id", base + "/hearings/" + w.id());
                element(xml, "title", "Withdrawn: hearing " + w.id());
                element(xml, "updated", w.time().toString());
                element(xml, "summary", w.reason() == null ? "This record was withdrawn." : "This record was withdrawn: " + w.reason());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}
