package org.openhearings.domain;

/**
 * The 43 territorial police forces of England and Wales and the three national special forces, with the
 * crosswalk to other datasets: the force's id at data.police.uk ({@code policeUkId}: its API and archive
 * files; none for the two forces it does not publish) and the ONS code of its Police Force Area
 * ({@code onsCode}, E23…/W15…, as in the ONS 2023 Police Force Area codes; none for the national forces, which
 * police no area). Each column was cross-checked against two independent published lists.
 */
public enum Force implements Labelled {
    AVON_SOMERSET("Avon and Somerset Constabulary", "avon-and-somerset", "E23000036"),
    BEDFORDSHIRE("Bedfordshire Police", "bedfordshire", "E23000026"),
    CAMBRIDGESHIRE("Cambridgeshire Constabulary", "cambridgeshire", "E23000023"),
    CHESHIRE("Cheshire Constabulary", "cheshire", "E23000006"),
    CITY_OF_LONDON("City of London Police", "city-of-london", "E23000034"),
    CLEVELAND("Cleveland Police", "cleveland", "E23000013"),
    CUMBRIA("Cumbria Constabulary", "cumbria", "E23000002"),
    DERBYSHIRE("Derbyshire Constabulary", "derbyshire", "E23000018"),
    DEVON_CORNWALL("Devon and Cornwall Police", "devon-and-cornwall", "E23000035"),
    DORSET("Dorset Police", "dorset", "E23000039"),
    DURHAM("Durham Constabulary", "durham", "E23000008"),
    DYFED_POWYS("Dyfed-Powys Police", "dyfed-powys", "W15000004"),
    ESSEX("Essex Police", "essex", "E23000028"),
    GLOUCESTERSHIRE("Gloucestershire Constabulary", "gloucestershire", "E23000037"),
    GREATER_MANCHESTER("Greater Manchester Police", "greater-manchester", "E23000005"),
    GWENT("Gwent Police", "gwent", "W15000002"),
    HAMPSHIRE("Hampshire and Isle of Wight Constabulary", "hampshire", "E23000030"),
    HERTFORDSHIRE("Hertfordshire Constabulary", "hertfordshire", "E23000027"),
    HUMBERSIDE("Humberside Police", "humberside", "E23000012"),
    KENT("Kent Police", "kent", "E23000032"),
    LANCASHIRE("Lancashire Constabulary", "lancashire", "E23000003"),
    LEICESTERSHIRE("Leicestershire Police", "leicestershire", "E23000021"),
    LINCOLNSHIRE("Lincolnshire Police", "lincolnshire", "E23000020"),
    MERSEYSIDE("Merseyside Police", "merseyside", "E23000004"),
    METROPOLITAN("Metropolitan Police Service", "metropolitan", "E23000001"),
    NORFOLK("Norfolk Constabulary", "norfolk", "E23000024"),
    NORTH_WALES("North Wales Police", "north-wales", "W15000001"),
    NORTH_YORKSHIRE("North Yorkshire Police", "north-yorkshire", "E23000009"),
    NORTHAMPTONSHIRE("Northamptonshire Police", "northamptonshire", "E23000022"),
    NORTHUMBRIA("Northumbria Police", "northumbria", "E23000007"),
    NOTTINGHAMSHIRE("Nottinghamshire Police", "nottinghamshire", "E23000019"),
    SOUTH_WALES("South Wales Police", "south-wales", "W15000003"),
    SOUTH_YORKSHIRE("South Yorkshire Police", "south-yorkshire", "E23000011"),
    STAFFORDSHIRE("Staffordshire Police", "staffordshire", "E23000015"),
    SUFFOLK("Suffolk Constabulary", "suffolk", "E23000025"),
    SURREY("Surrey Police", "surrey", "E23000031"),
    SUSSEX("Sussex Police", "sussex", "E23000033"),
    THAMES_VALLEY("Thames Valley Police", "thames-valley", "E23000029"),
    WARWICKSHIRE("Warwickshire Police", "warwickshire", "E23000017"),
    WEST_MERCIA("West Mercia Police", "west-mercia", "E23000016"),
    WEST_MIDLANDS("West Midlands Police", "west-midlands", "E23000014"),
    WEST_YORKSHIRE("West Yorkshire Police", "west-yorkshire", "E23000010"),
    WILTSHIRE("Wiltshire Police", "wiltshire", "E23000038"),
    BRITISH_TRANSPORT_POLICE("British Transport Police", "btp", null),
    MINISTRY_OF_DEFENCE_POLICE("Ministry of Defence Police", null, null),
    CIVIL_NUCLEAR_CONSTABULARY("Civil Nuclear Constabulary", null, null);

    private final String label;
    private final String policeUkId;
    private final String onsCode;

    Force(String label, String policeUkId, String onsCode) {
        this.label = label;
        this.policeUkId = policeUkId;
        this.onsCode = onsCode;
    }

    @Override
    public String label() { return label; }

    /** The force's id at data.police.uk, or null where it publishes none there. */
    public String policeUkId() { return policeUkId; }

    /** The ONS (GSS) code of the force's Police Force Area, or null for a national force. */
    public String onsCode() { return onsCode; }
}
