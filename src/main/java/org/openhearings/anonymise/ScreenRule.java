package org.openhearings.anonymise;

/** Why free text may not be published as it stands: each refusal names one, with where, never the text. */
public enum ScreenRule {
    OVERLONG_FIELD("the field is longer than free text may be (200,000 characters)", "shorten it"),
    OVERLONG_TOKEN("a run of characters without a space is longer than any word", "break it up or take it out"),
    OTHER_SCRIPT("letters of another script or unusual letters stand in a word", "write the word in plain Latin letters, or take it out"),
    MIXED_TOKEN("letters and digits are mixed in one word", "take out the handle, code or disguised name"),
    UNKNOWN_WORD("a word that is no English word the lists know", "list the person, reword, or mark the phrase as not a name"),
    UNKNOWN_CAPITALISED("a capitalised word that is no known place, term or phrase", "list the person, reword, or mark the phrase as not a name"),
    TITLE_AND_NAME("a rank or title followed by a capitalised word", "list the person, or mark the phrase as not a name"),
    INITIALS("capital letters that may be someone's initials", "list the person, or mark the phrase as not a name"),
    POSSIBLE_NAME("a word that is also a person's name, placed as a name is", "list the person, reword, or mark the phrase as not a name"),
    AMBIGUOUS_NAME("a listed person's name that is also an ordinary word, where it could be either", "reword, write the label, or mark the phrase as not a name"),
    EMAIL("an e-mail address", "take it out"),
    URL("a web address", "take it out"),
    HANDLE("a social-media handle", "take it out"),
    PHONE("a telephone number", "take it out"),
    POSTCODE("a postcode", "take it out"),
    VEHICLE_REGISTRATION("a vehicle registration", "take it out"),
    DATE_OF_BIRTH("a date of birth", "take it out"),
    STREET_ADDRESS("a street address", "take it out"),
    NUMBER_IN_WORDS("a number spelt out digit by digit", "take it out"),
    COLLAR_NUMBER("a collar or warrant number", "take it out or list it as the officer's warrant number"),
    SMALL_POPULATION("a description that may single one person out (the only or sole one of a kind)", "reword, or mark the phrase once checked");

    private final String description;
    private final String remedy;

    ScreenRule(String description, String remedy) {
        this.description = description;
        this.remedy = remedy;
    }

    public String description() {
        return description;
    }

    public String remedy() {
        return remedy;
    }
}
