package org.dateline.model;

/**
 * The sectors an actor or a party is coded with, after CAMEO's and PLOVER's agent codes; the output contract
 * writes the constant's name. The words that give each sector are in {@code dateline-core}'s {@code sectors.tsv}.
 */
public enum Sector {
    /** Government: executives, ministries, diplomats, state officials, a capital used for its state. */
    GOV,
    /** Military: armed forces, soldiers, officers, warships and warplanes. */
    MIL,
    /** Police, border and customs officers. */
    COP,
    /** Intelligence and security services. */
    SPY,
    /** Judiciary: courts, judges, prosecutors, lawyers. */
    JUD,
    /** Legislature: parliaments, senators, lawmakers. */
    LEG,
    /** Political parties and candidates. */
    PTY,
    /** Opposition and dissidents. */
    OPP,
    /** Rebels, insurgents, militias and armed non-state groups. */
    REB,
    /** Organised crime: gangs, cartels, smugglers. */
    CRM,
    /** Unidentified armed attackers: gunmen, mercenaries. */
    UAF,
    /** Intergovernmental organisations (UN, EU, OSCE, NATO, ...). */
    IGO,
    /** Non-governmental organisations and human-rights groups. */
    NGO,
    /** Media: journalists, news agencies, broadcasters. */
    MED,
    /** Health: doctors, hospitals, ambulances. */
    HLH,
    /** Education and research: universities, professors, experts. */
    EDU,
    /** Religion: clergy, churches, religious communities. */
    REL,
    /** Business: companies, banks, executives. */
    BUS,
    /** Labour: workers and trade unions. */
    LAB,
    /** Agriculture: farmers, herders, fishermen. */
    AGR,
    /** Refugees, displaced people and migrants. */
    REF,
    /** Civilians: residents, protesters, citizens. */
    CVL,
    /** Elites: former officials ("a former minister", a head of state after leaving office). */
    ELI,
    /** A breakaway region or partially recognised state (Abkhazia, Transnistria). */
    PRE;

    /**
     * Whether {@code sector} (null when unknown) is a branch of a state: government, armed forces, police,
     * intelligence, courts or legislature.
     */
    public static boolean state(Sector sector) {
        return sector != null && switch (sector) {
            case GOV, MIL, COP, SPY, JUD, LEG -> true;
            default -> false;
        };
    }
}
