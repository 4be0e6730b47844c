package org.dateline.model;

import java.util.List;

/**
 * One real-world entity.
 *
 * @param name     canonical, fullest form ("Sergey Lavrov")
 * @param aliases  other forms it was written as ("Lavrov", "the Russian top diplomat")
 * @param titles   roles it was given ("Foreign Minister")
 * @param country  ISO 3166 alpha-3, or null
 * @param sector   the sector, or null when unknown
 * @param mentions how many times it was mentioned
 */
public record Actor(String id, String name, ActorType type, List<String> aliases, List<String> titles,
                    String country, Sector sector, int mentions) {
    public Actor {
        aliases = List.copyOf(aliases);
        titles = List.copyOf(titles);
    }
}
