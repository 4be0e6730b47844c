package org.dateline.server;

import org.dateline.model.Event;
import org.dateline.model.Party;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Events as CSV (RFC 4180: comma-separated, CRLF line ends, a field with a comma, quote or line break in double
 * quotes, quotes doubled), with a header line. A text field that a spreadsheet would run as a formula (it starts
 * with {@code = + - @}, a tab or a carriage return) gets a leading {@code '}, so an opened export runs nothing.
 */
final class EventCsv {
    private record Column(String name, Function<Event, Object> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("id", Event::id), new Column("article", Event::article),
            new Column("date", Event::date), new Column("event", Event::event), new Column("mode", Event::mode),
            new Column("cameo", Event::cameo),
            new Column("source", e -> name(e.source())), new Column("source_actor", e -> actor(e.source())),
            new Column("source_country", e -> e.source() == null ? null : e.source().country()),
            new Column("target", e -> name(e.target())), new Column("target_actor", e -> actor(e.target())),
            new Column("target_country", e -> e.target() == null ? null : e.target().country()),
            new Column("place", Event::place), new Column("confidence", Event::confidence),
            new Column("outlets", e -> e.outlets() == null ? null : String.join("; ", e.outlets())), new Column("text", Event::text),
            new Column("start", Event::start), new Column("end", Event::end));

    private EventCsv() {
    }

    static void writeHeader(Writer out) throws IOException {
        out.write(String.join(",", COLUMNS.stream().map(Column::name).toList()));
        out.write("\r\n");
    }

    static void write(Event e, Writer out) throws IOException {
        for (int i = 0; i < COLUMNS.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(COLUMNS.get(i).value().apply(e)));
        }
        out.write("\r\n");
    }

    /** One field, quoted when it must be and defused when a spreadsheet would run it. */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String s = value instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : value.toString();
        if (value instanceof CharSequence && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    private static String name(Party p) {
        return p == null ? null : p.name();
    }

    private static String actor(Party p) {
        return p == null ? null : p.actor();
    }
}
