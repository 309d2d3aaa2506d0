package org.openhearings.domain;

/** The 43 territorial police forces of England and Wales and the three national special forces. */
public enum Force implements Labelled {
    AVON_SOMERSET("Avon and Somerset Constabulary"),
    BEDFORDSHIRE("Bedfordshire Police"),
    CAMBRIDGESHIRE("Cambridgeshire Constabulary"),
    CHESHIRE("Cheshire Constabulary"),
    CITY_OF_LONDON("City of London Police"),
    CLEVELAND("Cleveland Police"),
    CUMBRIA("Cumbria Constabulary"),
    DERBYSHIRE("Derbyshire Constabulary"),
    DEVON_CORNWALL("Devon and Cornwall Police"),
    DORSET("Dorset Police"),
    DURHAM("Durham Constabulary"),
    DYFED_POWYS("Dyfed-Powys Police"),
    ESSEX("Essex Police"),
    GLOUCESTERSHIRE("Gloucestershire Constabulary"),
    GREATER_MANCHESTER("Greater Manchester Police"),
    GWENT("Gwent Police"),
    HAMPSHIRE("Hampshire and Isle of Wight Constabulary"),
    HERTFORDSHIRE("Hertfordshire Constabulary"),
    HUMBERSIDE("Humberside Police"),
    KENT("Kent Police"),
    LANCASHIRE("Lancashire Constabulary"),
    LEICESTERSHIRE("Leicestershire Police"),
    LINCOLNSHIRE("Lincolnshire Police"),
    MERSEYSIDE("Merseyside Police"),
    METROPOLITAN("Metropolitan Police Service"),
    NORFOLK("Norfolk Constabulary"),
    NORTH_WALES("North Wales Police"),
    NORTH_YORKSHIRE("North Yorkshire Police"),
    NORTHAMPTONSHIRE("Northamptonshire Police"),
    NORTHUMBRIA("Northumbria Police"),
    NOTTINGHAMSHIRE("Nottinghamshire Police"),
    SOUTH_WALES("South Wales Police"),
    SOUTH_YORKSHIRE("South Yorkshire Police"),
    STAFFORDSHIRE("Staffordshire Police"),
    SUFFOLK("Suffolk Constabulary"),
    SURREY("Surrey Police"),
    SUSSEX("Sussex Police"),
    THAMES_VALLEY("Thames Valley Police"),
    WARWICKSHIRE("Warwickshire Police"),
    WEST_MERCIA("West Mercia Police"),
    WEST_MIDLANDS("West Midlands Police"),
    WEST_YORKSHIRE("West Yorkshire Police"),
    WILTSHIRE("Wiltshire Police"),
    BRITISH_TRANSPORT_POLICE("British Transport Police"),
    MINISTRY_OF_DEFENCE_POLICE("Ministry of Defence Police"),
    CIVIL_NUCLEAR_CONSTABULARY("Civil Nuclear Constabulary");

    private final String label;

    Force(String label) { this.label = label; }

    @Override
    public String label() { return label; }
}
