package org.openhearings.anonymise;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Each class of hard name the audit found, one officer (Officer A) per case: the raw name (and warrant
 * number), the text, and what must be published. "|" in a cell stands for a line break.
 */
class HardNamesTest {

    private static String redact(String name, String warrant, String text) {
        List<String> identifiers = warrant == null ? List.of() : List.of(warrant);
        return new NameRedactor(List.of(new Identity(name, identifiers, "Officer A", true))).redact(text.replace("|", "\n"));
    }

    @ParameterizedTest(name = "{0} in \"{2}\"")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            // variants and nicknames
            "David Selway; -; PC Dave Selway lied.; Officer A lied.",
            "Dave Selway; -; David Selway lied.; Officer A lied.",
            "Zoë Hartley; -; Zoe Hartley lied.; Officer A lied.",
            "Zoe Hartley; -; Then Zoë lied.; Then Officer A lied.",
            "Nils Sørensen; -; Sorensen lied.; Officer A lied.",
            "Ivan Ivanov; -; Then Иванов lied.; Then Officer A lied.",
            "Jan Müller; -; Then Muller and Mueller lied.; Then Officer A and Officer A lied.",
            "Jan Muller; -; Then Müller lied.; Then Officer A lied.",
            "Anna Weiß; -; WEISS lied.; Officer A lied.",
            // Unicode tricks, in the text or in the name field
            "Zoe Hartley; -; Then Zoe\u0308 lied.; Then Officer A lied.",
            "John Smith; -; PC Smi\u00adth lied.; Officer A lied.",
            "John Smith; -; PC Smi\u200bth lied.; Officer A lied.",
            "John\u00a0Smith; -; John Smith lied.; Officer A lied.",
            "Ann Smith\u2013Jones; -; Then Smith-Jones lied.; Then Officer A lied.",
            "Sean O\u2019Neil; -; Then O'Neil lied.; Then Officer A lied.",
            "Sean O'Neil; -; Then O\u2019Neil and ONeil lied.; Then Officer A and Officer A lied.",
            "John Smith; -; Then PC Smi-|th lied.; Then Officer A lied.",
            "Ann Smith-Jones; -; Then Smith-|Jones lied.; Then Officer A lied.",
            "John Smith; 12345; Warrant \uff11\uff12\uff13\uff14\uff15 lied.; Warrant Officer A lied.",
            // initials
            "John Smith; -; Then JS lied.; Then Officer A lied.",
            "John Smith; -; Then J. Smith lied.; Then Officer A lied.",
            "John Smith; -; Then J Smith lied.; Then Officer A lied.",
            "J. Smith; -; Then John Smith lied.; Then Officer A lied.",
            "John Paul Smith; -; Then J.P.S. lied.; Then Officer A. lied.",
            // names run into other text
            "John Smith; -; Mail john.smith@kent.police.uk now.; Mail Officer A now.",
            "John Smith; -; Follow @johnsmith now.; Follow Officer A now.",
            "John Smith; -; See example.org/pcjohnsmith now.; See Officer A now.",
            "John Smith; -; Search john%20smith now.; Search Officer A now.",
            // warrant numbers as forces write them
            "John Smith; 12345; Then PC12345 lied.; Then Officer A lied.",
            "John Smith; 12345; Then 12 345 lied.; Then Officer A lied.",
            "John Smith; 12345; Then 012345 lied.; Then Officer A lied.",
            "John Smith; MP1234; Then MP 1234 lied.; Then Officer A lied.",
    })
    void everyFormOfTheNameIsReplaced(String name, String warrant, String text, String expected) {
        assertEquals(expected, redact(name, warrant, text));
    }

    @ParameterizedTest(name = "{0} keeps \"{1}\"")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            "Sarah May; -; It began in May 2016 and on 3 May the group closed.",
            "Sarah May; -; Messages sent since May were read; he may appeal.",
            "Wei He; -; He said he would resign; the panel heard he lied.",
            "Kevin Gross; -; The officers committed gross misconduct. Gross misconduct was proven.",
            "Kevin Gross; -; Officers Dismissed After Gross Misconduct Hearing",
            "Pieter van Dijk; -; A van was parked at the station.",
            "Maria de la Cruz; -; The panel met in the Salle de la Paix.",
            "Omar al Rashid; -; The messages et al were read.",
            "Ahmed bin Salem; -; Evidence was put in the bin.",
            "Mary St John; -; It happened on St Patrick's Day in Station Road.",
            "PC John Smith; -; A PC and a DC gave evidence.",
            "John Smith; 7; It began on 7 July 2017 and ended 17 March 2018.",
            "Sam Kent; -; Kent Police held the hearing.",
            "Will Young; -; The panel will decide; young officers were warned.",
            "Mark Rose; -; A mark on the rose bed.",
    })
    void ordinaryWordsThatShareANameAreKept(String name, String warrant, String text) {
        assertEquals(text, redact(name, warrant, text));
    }

    @ParameterizedTest(name = "{0} in \"{1}\"")
    @CsvSource(delimiter = ';', value = {
            "Sarah May; In May 2016 PC May lied and Sarah May resigned.; In May 2016 Officer A lied and Officer A resigned.",
            "Kevin Gross; Gross said so. Kevin Gross committed gross misconduct.; Officer A said so. Officer A committed gross misconduct.",
            "Wei He; Sergeant He sent them and Wei He resigned and he left.; Officer A sent them and Officer A resigned and he left.",
            "Sam Kent; Kent Police said Kent lied.; Kent Police said Officer A lied.",
    })
    void anOrdinaryWordIsReplacedWhereItStandsAsAName(String name, String text, String expected) {
        assertEquals(expected, redact(name, null, text));
    }
}
