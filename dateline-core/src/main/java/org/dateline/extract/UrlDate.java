package org.dateline.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a page's URL carries: a day ({@code /2019/11/19/}, {@code /2019-11-19/}, {@code /20191119/},
 * {@code _20030331_}, {@code /news/20191119-talks}) or only a month ({@code /2017/09/talks.html}).
 *
 * @param month the month, always present
 * @param day   the day, or null when the URL names only the month
 */
record UrlDate(YearMonth month, LocalDate day) {
    private static final String Y = "(?<y>(?:19|20)\\d{2})";
    private static final String M = "(?<m>0?[1-9]|1[0-2])";
    private static final String D = "(?<d>0?[1-9]|[12]\\d|3[01])";
    private static final Pattern SEPARATED_DAY = Pattern.compile("[/_.-]" + Y + "([/_.-])" + M + "\\2" + D + "(?=[/_.?#-]|$)");
    private static final Pattern JOINED_DAY = Pattern.compile("(?<![\\d])" + Y + "(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\\d|3[01])(?!\\d)");
    private static final Pattern MONTH = Pattern.compile("/" + Y + "/" + M + "/");

    /** The date in {@code url} (scheme and host left out), or empty. */
    static Optional<UrlDate> of(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
        for (Pattern p : new Pattern[] {SEPARATED_DAY, JOINED_DAY}) {
            Matcher m = p.matcher(path);
            while (m.find()) {
                try {
                    LocalDate day = LocalDate.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")),
                            Integer.parseInt(m.group("d")));
                    return Optional.of(new UrlDate(YearMonth.from(day), day));
                } catch (DateTimeException e) {
                    // not a calendar day: look further
                }
            }
        }
        Matcher m = MONTH.matcher(path);
        return m.find() ? Optional.of(new UrlDate(YearMonth.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m"))), null))
                : Optional.empty();
    }
}
