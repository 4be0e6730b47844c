package org.dateline.server;

import org.dateline.store.SearchQuery;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The query parameters of {@code /api/search} and {@code /api/export/events.csv}, read into a {@link SearchQuery}:
 * the options of {@code dateline search} under snake_case names. A parameter the API does not know, or a value it
 * cannot use, is a {@link ApiException.BadRequest} naming it.
 */
final class SearchParameters {
    /** The most hits one page may hold. */
    static final int MAX_PAGE_SIZE = 500;
    static final Set<String> NAMES = Set.of("q", "scope", "speaker", "outlet", "from", "to", "event_type", "country",
            "story", "thread", "min_confidence", "limit", "cursor");

    private SearchParameters() {
    }

    /** The query the parameters ask for; {@code scope} overrides theirs when not null. */
    static SearchQuery read(Map<String, List<String>> params, SearchQuery.Scope scope) {
        for (Map.Entry<String, List<String>> p : params.entrySet()) {
            if (!NAMES.contains(p.getKey())) {
                throw new ApiException.BadRequest("unknown parameter '" + p.getKey() + "'; the search takes "
                        + String.join(", ", NAMES.stream().sorted().toList()));
            }
            if (p.getValue().size() > 1) {
                throw new ApiException.BadRequest("parameter '" + p.getKey() + "' is given " + p.getValue().size()
                        + " times; give it once");
            }
        }
        Function<String, String> one = name -> params.getOrDefault(name, List.of()).stream().findFirst().orElse(null);
        SearchQuery.Scope s = scope != null ? scope : parse(one, "scope", v -> SearchQuery.Scope.valueOf(
                v.toUpperCase(Locale.ROOT)), "articles, quotes, events or all");
        Integer limit = parse(one, "limit", Integer::valueOf, "a whole number of hits from 1 to " + MAX_PAGE_SIZE);
        if (limit != null && (limit < 1 || limit > MAX_PAGE_SIZE)) {
            throw new ApiException.BadRequest("limit " + limit + " is not from 1 to " + MAX_PAGE_SIZE);
        }
        Double min = parse(one, "min_confidence", Double::valueOf, "a number from 0 to 1");
        try {
            return new SearchQuery(one.apply("q"), one.apply("speaker"), one.apply("outlet"),
                    parse(one, "from", LocalDate::parse, "a day as YYYY-MM-DD"),
                    parse(one, "to", LocalDate::parse, "a day as YYYY-MM-DD"), s,
                    limit == null ? SearchQuery.DEFAULT_PAGE_SIZE : limit, one.apply("event_type"),
                    one.apply("country"), one.apply("story"), one.apply("thread"), min, one.apply("cursor"));
        } catch (IllegalArgumentException e) {
            throw new ApiException.BadRequest(e.getMessage());
        }
    }

    private static <T> T parse(Function<String, String> one, String name, Function<String, T> parser, String wanted) {
        String value = one.apply(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new ApiException.BadRequest(name + " '" + value + "' is not " + wanted);
        }
    }
}
