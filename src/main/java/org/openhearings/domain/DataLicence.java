package org.openhearings.domain;

/** The licence the data is published under: the UK public sector's default for open data. */
public record DataLicence(String name, String identifier, String url) {
    public static final DataLicence OGL_3 = new DataLicence("Open Government Licence v3.0", "OGL-UK-3.0",
            "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");
}
