package org.dateline.extract;

import org.dateline.extract.html.DateCandidate;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses a page's publication and modification dates among the dates it gives ({@link DateCandidate}s, most
 * trusted first) and the date its URL carries ({@link UrlDate}).
 *
 * <ul>
 *   <li>A date before {@value #FIRST_YEAR} or after {@code latest} is impossible and ignored.</li>
 *   <li>A URL that names a month rules out publication dates of other months; a URL that names a day is the
 *       publication day, and the most trusted candidate of that day, when there is one, gives the time.</li>
 *   <li>Otherwise the most trusted publication date wins; a change date ({@code dateModified}) is used only when
 *       the page gives no other date.</li>
 *   <li>The day is the page's own: a date-time keeps its offset, and one in UTC ({@code Z}) is moved to the local
 *       time of the same moment when the page shows it (another candidate, or a date-time without offset anywhere
 *       in the page, with the same minutes and a plausible offset); else its day is the UTC day.</li>
 * </ul>
 */
final class PublicationDates {
    private static final int FIRST_YEAR = 1990;
    private static final int MAX_OFFSET_HOURS = 14;
    private static final int MIN_OFFSET_HOURS = -12;
    private static final Pattern WITH_SECONDS = Pattern.compile("T\\d{2}:\\d{2}:\\d{2}");
    private static final Pattern LOCAL_TIME = Pattern.compile(
            "(?<!\\d)(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}):(\\d{2})(?::(\\d{2}))?(?!\\d)(?![.,]?\\d*(?:Z|[+-]\\d{2}))");

    /**
     * The dates chosen.
     *
     * @param published ISO date or date-time, or null
     * @param basis     where the publication day came from ({@code jsonld}, {@code meta}, {@code time}, {@code url},
     *                  {@code text}), or null
     * @param modified  ISO date or date-time of the last change, or null
     */
    record Chosen(String published, String basis, String modified) {
    }

    /** A candidate read: its day, and its local time and offset when it gives them. */
    private record Dated(DateCandidate candidate, LocalDate day, LocalDateTime local, ZoneOffset offset) {
        boolean utc() {
            return offset != null && offset.getTotalSeconds() == 0;
        }
    }

    private PublicationDates() {
    }

    /**
     * Chooses among {@code candidates} (most trusted first) and the date of the first of {@code urls} (nulls
     * allowed) that carries one; {@code page} is the raw page, searched for the local time of a UTC date-time;
     * {@code latest} is the last possible day.
     */
    static Chosen choose(List<DateCandidate> candidates, List<String> urls, String page, LocalDate latest) {
        List<Dated> dated = candidates.stream().map(PublicationDates::read).flatMap(Optional::stream)
                .filter(d -> d.day().getYear() >= FIRST_YEAR && !d.day().isAfter(latest)).toList();
        Optional<UrlDate> fromUrl = urls.stream().map(UrlDate::of).flatMap(Optional::stream).findFirst()
                .filter(u -> u.month().getYear() >= FIRST_YEAR && !u.month().atDay(1).isAfter(latest)
                        && (u.day() == null || !u.day().isAfter(latest)));
        Predicate<Dated> inUrlMonth = d -> fromUrl.map(u -> !d.day().isBefore(u.month().atDay(1).minusDays(1))
                && !d.day().isAfter(u.month().atEndOfMonth().plusDays(1))).orElse(true);
        List<Dated> published = dated.stream().filter(d -> !d.candidate().modified()).filter(inUrlMonth).toList();
        String modified = dated.stream().filter(d -> d.candidate().modified()).findFirst()
                .map(d -> d.candidate().iso()).orElse(null);
        LocalDate urlDay = fromUrl.map(UrlDate::day).orElse(null);
        if (urlDay != null) {
            for (Dated d : published) {
                if (d.day().equals(urlDay)) {
                    return new Chosen(d.candidate().iso(), d.candidate().basis(), modified);
                }
            }
            for (Dated d : published) {
                Optional<OffsetDateTime> local = d.utc() ? localTime(d, dated, page) : Optional.empty();
                if (local.isPresent() && local.get().toLocalDate().equals(urlDay)) {
                    return new Chosen(local.get().toString(), d.candidate().basis(), modified);
                }
            }
            return new Chosen(urlDay.toString(), "url", modified);
        }
        Optional<Dated> first = published.stream().findFirst()
                .or(() -> dated.stream().filter(d -> d.candidate().modified()).filter(inUrlMonth).findFirst());
        if (first.isEmpty()) {
            return new Chosen(null, null, modified);
        }
        Dated chosen = first.get();
        if (chosen.utc()) {
            Optional<OffsetDateTime> local = localTime(chosen, dated, page);
            if (local.isPresent()) {
                return new Chosen(local.get().toString(), chosen.candidate().basis(), modified);
            }
        }
        return new Chosen(chosen.candidate().iso(), chosen.candidate().basis(), modified);
    }

    /**
     * The local time of the UTC moment of {@code utc} as the page shows it elsewhere: another candidate, or a
     * date-time without offset anywhere in the page, whose difference from the moment is a whole number of hours
     * (quarter hours when both give seconds) between UTC-12 and UTC+14, and not zero.
     */
    private static Optional<OffsetDateTime> localTime(Dated utc, List<Dated> dated, String page) {
        List<Shown> shown = new ArrayList<>();
        dated.stream().filter(d -> d.local() != null && !d.utc())
                .forEach(d -> shown.add(new Shown(d.local(), WITH_SECONDS.matcher(d.candidate().iso()).find())));
        Matcher m = LOCAL_TIME.matcher(page);
        while (m.find()) {
            try {
                shown.add(new Shown(LocalDate.parse(m.group(1)).atTime(Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), m.group(4) == null ? 0 : Integer.parseInt(m.group(4))), m.group(4) != null));
            } catch (DateTimeException e) {
                // not a date-time
            }
        }
        for (Shown s : shown) {
            boolean seconds = s.seconds() && utc.local().getSecond() != 0;
            LocalDateTime moment = s.seconds() ? utc.local() : utc.local().truncatedTo(ChronoUnit.MINUTES);
            Duration offset = Duration.between(moment, s.local());
            long minutes = offset.toMinutes();
            if (!offset.isZero() && offset.toSeconds() % 60 == 0 && minutes % (seconds ? 15 : 60) == 0
                    && minutes >= MIN_OFFSET_HOURS * 60L && minutes <= MAX_OFFSET_HOURS * 60L) {
                return Optional.of(s.local().atOffset(ZoneOffset.ofTotalSeconds((int) offset.toSeconds())));
            }
        }
        return Optional.empty();
    }

    /** A local date-time the page shows; {@code seconds} when it gives them. */
    private record Shown(LocalDateTime local, boolean seconds) {
    }

    private static Optional<Dated> read(DateCandidate c) {
        try {
            if (c.iso().length() <= 10) {
                return Optional.of(new Dated(c, LocalDate.parse(c.iso()), null, null));
            }
            try {
                OffsetDateTime t = OffsetDateTime.parse(c.iso());
                return Optional.of(new Dated(c, t.toLocalDate(), t.toLocalDateTime(), t.getOffset()));
            } catch (DateTimeException e) {
                LocalDateTime t = LocalDateTime.parse(c.iso(), DateTimeFormatter.ISO_LOCAL_DATE_TIME);
                return Optional.of(new Dated(c, t.toLocalDate(), t, null));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
