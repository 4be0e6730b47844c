package org.dateline.facts;

import org.dateline.model.TimeMention;
import org.dateline.nlp.Token;
import org.dateline.resources.TsvResource;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One post-normalisation step applied to each expression SUTime found, bringing its extent and value
 * to TIMEX3/TempEval-3 conventions. Rules run in declaration order; a rule returns the expression
 * unchanged when it does not apply, and empty when the expression is not a time expression at all.
 * When the reference date is unknown, rules that need it leave the expression alone or keep only its
 * granularity ({@code XXXX-WXX}); they never guess a year.
 */
enum TimexRule {
    /**
     * Words SUTime tags that TimeML does not: adverbs and adjectives ("once", "previously", "quarterly"),
     * bare unit nouns ("year" in "year-end results") and stray function words.
     */
    NOT_A_TIMEX {
        private final Set<String> words = TsvResource.words(TimexRule.class, "not-timex-words.txt");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            return words.contains(lower(m)) ? Optional.empty() : Optional.of(m);
        }
    },
    /**
     * Date stamps of page furniture are no times of the story: the date line of an embedded post ("... — Jane Roe
     * (@janeroe) March 3, 2017", the day it was posted, not a day the article tells of) and the time of an update
     * note ("the article was last updated at 4:20 p.m.", "Updated: 9:10 a.m."); so is a time in a newsletter sign-up
     * ("Subscribe to our daily newsletter", "headlines in your inbox every morning"), a line of at most
     * {@link #SIGN_UP_LINE} characters (a paragraph that mentions subscribers tells of them) or a sentence of a longer
     * paragraph that opens with "Sign up" or "Subscribe" and names a newsletter (not a deal: "Sign up for a month of
     * free rides"); and so is the date of a
     * photo in its caption ("In this March 3, 2016, file photo, ..."), the day it was taken, not a day of the story;
     * nor is the year of a copyright or credit line ("Copyright Varda Post 2019", "photos © Jane Roe, 2018"); nor a
     * machine-written stamp, an ISO date with a clock time ("Varda Post | Updated: 2019-11-27 17:52", a post's
     * "2019-11-27 06:43:54"), which news prose never writes: the stamp or any part of it goes.
     */
    PAGE_STAMP {
        private final Pattern signUp = Pattern.compile("(?i)\\b(?:newsletters?|subscrib(?:e|ing)|inbox)\\b");
        /** The opening of a sentence that asks the reader to sign up ("Sign up for our weekly newsletter"). */
        private final Pattern signUpOpener = Pattern.compile("(?i)(?:sign up|subscribe)\\b");
        private final Pattern handle = Pattern.compile("\\(@\\w{1,30}\\)\\s*$");
        private final Pattern update = Pattern.compile("(?i)(?:^\\W*(?:last\\s+)?updated?\\b.{0,40}"
                + "|\\b(?:story|article|post|page|report)\\s+(?:was|has been|is)\\s+(?:last\\s+)?(?:updated|corrected)\\s+(?:at|on)?\\s*)$");
        private final Pattern photoBefore = Pattern.compile("(?i)\\bin this\\b[\\w.,’' -]{0,40}$");
        private final Pattern copyright = Pattern.compile("(?i:©|\\(c\\)|\\bcopyright\\b)"
                + "(?:[\\s,.:;&©-]|\\p{Lu}[\\w.&'’-]*+|\\d{4})*+$");
        private final Pattern photoAfter = Pattern.compile("(?i)^[\\w.,’' -]{0,30}?\\b(?:file\\s+)?(?:photo|image|picture)\\b");
        private final Pattern isoStamp = Pattern.compile("(?:19|20)\\d\\d-[01]\\d-[0-3]\\d[ T][0-2]?\\d:[0-5]\\d");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            String text = ctx.annotation().text();
            int lineStart = text.lastIndexOf('\n', Math.max(0, m.start() - 1)) + 1;
            String before = text.substring(Math.max(lineStart, m.start() - 120), m.start());
            int lineEnd = text.indexOf('\n', m.end());
            String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 60));
            boolean photoDate = photoBefore.matcher(before + m.text()).find() && photoAfter.matcher(after).find();
            // a stamp is 15 characters at least, so one found here overlaps the mention
            String near = text.substring(Math.max(0, m.start() - 11), Math.min(text.length(), m.end() + 9));
            boolean stamp = isoStamp.matcher(near).find();
            Token opener = ctx.sentenceStart(m.start());
            String opened = opener == null || opener.start() > m.start() ? "" : text.substring(opener.start(), m.start());
            boolean signUpSentence = signUpOpener.matcher(opened).lookingAt()
                    && signUp.matcher(opened + m.text() + after).find();
            return handle.matcher(before).find() || update.matcher(before).find() || photoDate || signUpSentence || stamp
                    || copyright.matcher(before).find()
                    || line.length() <= SIGN_UP_LINE && signUp.matcher(line).find() ? Optional.empty() : Optional.of(m);
        }
    },
    /**
     * A time in a photo caption is page furniture, no time the story tells: a line with no closing punctuation
     * after the time that shows someone "is seen" (or "are pictured", "was shown", "- seen" between dashes) or says what a
     * picture or footage "shows" ("A still from the video shows the quay on Friday"), that opens
     * with a photo credit, a site or an agency ("Varda Pics.co.uk Crowds gather ...", "Reuters Crowds gather ...") or
     * with a label of at most {@link #CAPTION_LABEL_WORDS} words and a colon ("Sad day: Jane Roe leaves the court after
     * her 2014 trial"; not the letter of an interview, "Q: Your best buy in the last 5 years"): "An outpost is seen in
     * Lorvik today". So is a line that places someone in the picture ("Jo Roe (left) and Al Poe cheered the crew on
     * Friday") or tells in the present what its subject does there ("Fans celebrate ...", "The captain holds the cup as
     * ..."), not after "to", "will" or "did". A line that ends with a full stop is the story's, and so
     * is one that only names someone "(pictured)": news summaries write that too.
     */
    PHOTO_CAPTION {
        private final Pattern shown = Pattern.compile("\\b(?:is|are|was|were) (?:seen|pictured|shown)\\b|\\s[-–—]\\s(?:seen|pictured)\\b"
                + "|\\b(?i:footage|video|image|photo|photograph|picture|grab|still)s? (?:shows?|showing)\\b");
        private final Pattern credit = Pattern.compile("^\\s*(?:\\S+\\.(?:com|co\\.uk|org|net)|Reuters|AP|AFP|EPA|Getty Images"
                + "|Shutterstock)\\s+\\p{Lu}");
        private final Pattern label = Pattern.compile("^\\s*\\p{Lu}[\\p{L}'’-]+(?:\\s[\\p{L}'’-]+){0," + (CAPTION_LABEL_WORDS - 1)
                + "}:\\s\\p{Lu}");
        private final Pattern placed = Pattern.compile("\\((?:(?:far|second)\\s)?(?:left|right|centre|center|middle)\\b[^()]{0,30}\\)",
                Pattern.CASE_INSENSITIVE);
        private final Pattern posing = Pattern.compile("^\\s*\\p{Lu}[^.!?;:]{0,100}?"
                + "(?<!\\b(?:to|will|would|can|could|may|might|must|should|did|does|do|not))\\s(?:holds?|arrives?|celebrates?|poses?"
                + "|smiles?|waves?|reacts?|gestures?|embraces?|hugs?|kiss(?:es)?|greets?|looks? on)\\b");
        private final Pattern closing = Pattern.compile("[.!?]");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            String text = ctx.annotation().text();
            String line = lineOf(text, m);
            int lineEnd = text.indexOf('\n', m.end());
            String after = text.substring(m.end(), lineEnd < 0 ? text.length() : lineEnd);
            boolean caption = shown.matcher(line).find() || credit.matcher(line).lookingAt() || label.matcher(line).lookingAt()
                    || placed.matcher(line).find() || posing.matcher(line).lookingAt();
            return caption && !closing.matcher(after).find() ? Optional.empty() : Optional.of(m);
        }
    },
    /**
     * A year in a list of tags or a menu is page furniture, no time of the story: a line of at least {@link #TAG_LINE}
     * characters that holds at least {@link #TAG_YEARS} years and whose words mostly begin with a capital or a digit
     * ("Topics 2014 ESSAYS 2015 Reading Lists 2016 QUIZ ...", or a list of titles such as "Harbour Racer
     * 2020, Lorvik Kart 2019"), where prose writes most words lower case. Only the numbers go: "this year"
     * in such a line stays.
     */
    TAG_LIST {
        private final Pattern year = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
        private final Pattern lowerWord = Pattern.compile("(?<![\\p{L}\\d'’-])\\p{Ll}");
        private final Pattern word = Pattern.compile("(?<![\\p{L}\\d'’-])[\\p{L}\\d]");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            String line = lineOf(ctx.annotation().text(), m);
            if (!m.text().strip().matches("\\d{2,4}") || line.length() < TAG_LINE
                    || year.matcher(line).results().count() < TAG_YEARS) {
                return Optional.of(m);
            }
            long words = word.matcher(line).results().count();
            long lowerCase = lowerWord.matcher(line).results().count();
            return lowerCase * TAG_LOWER_SHARE < words ? Optional.empty() : Optional.of(m);
        }
    },
    /**
     * Ages ("a 6-year-old", "52 years old", "about 20 months old", "a crowd of 17-year-olds", "a 43-year-old-man") are
     * properties of people, not durations in time.
     */
    AGE {
        private final Pattern age = Pattern.compile("^(?:[\\w-]+ )?[\\w-]+[- ](?:day|week|month|year)s?[- ]olds?(?:-\\p{L}+)?$");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            String after = ctx.annotation().text().substring(m.end(), Math.min(m.end() + 5, ctx.annotation().text().length()));
            boolean ageFollows = after.matches("(?s)[- ]old\\b.*") && lower(m).matches(".*\\b(?:day|week|month|year)s?$");
            return age.matcher(lower(m)).matches() || ageFollows ? Optional.empty() : Optional.of(m);
        }
    },
    /**
     * A year that SUTime joined to a duration after it is no part of it: in "played in Euro 2016 two weeks ago" the time
     * is "two weeks ago" (the year names the tournament, valued by {@link #QUANTITY_AGO}), in "in 2014 following years
     * of discord" it is the year. A count of units ago, earlier, later or from now keeps the count; a plural unit
     * otherwise keeps the year; "the 2019 first quarter" is one time.
     */
    YEAR_JOINED {
        private final Pattern joined = Pattern.compile("^((?:1[89]|20)\\d\\d)\\s+(?=\\p{L})");
        private final Pattern counted = Pattern.compile("(?i)^\\S+\\s+\\S+\\s+(?:ago|earlier|later|from\\s+now)$");
        private final Pattern units = Pattern.compile("(?i)^(?:\\S+\\s+)?(?:seconds|minutes|hours|days|weeks|months|years"
                + "|decades|centuries)\\b");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            Matcher j = joined.matcher(m.text());
            if (!j.find()) {
                return Optional.of(m);
            }
            String rest = m.text().substring(j.end());
            if (counted.matcher(rest).matches()) {
                return Optional.of(new TimeMention(m.article(), rest, m.type(), m.value(), m.start() + j.end(), m.end()));
            }
            String year = j.group(1);
            return units.matcher(rest).lookingAt() ? Optional.of(new TimeMention(m.article(), year, "DATE", year, m.start(),
                    m.start() + year.length())) : Optional.of(m);
        }
    },
    /**
     * Idioms of time words that tell no time: "at the end of the day," before a comma (in the end: "At the end of the
     * day, a ferry is only as good as its crew"), and "another day" or "another time" after a copula or a noun of talk
     * and "for" ("That's for another day.", "a story for another time"), a matter put off to no day; and "last-minute"
     * (or "last minute" after no "the") before a common noun, an adjective of haste ("after a few last minute changes");
     * and "now" of "now and then" or "now and again", which tells how often ("every now and then the ferry stalls").
     * "At the end of the day the ferry left", "the ferry stayed for another day" and "at the last minute" keep their
     * times.
     */
    IDIOM {
        private final Pattern atEnd = Pattern.compile("(?i)\\bat\\s+$");
        private final Pattern nowAndThen = Pattern.compile("(?i)^\\s+and\\s+(?:then|again)\\b");
        private final Pattern putOff = Pattern.compile("(?i)(?:['’]s|['’]re|\\b(?:is|are|was|were|be|that|story|stories|question"
                + "|questions|topic|debate|discussion|conversation|column|fight|battle))\\s+for\\s+$");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            String text = ctx.annotation().text();
            String before = text.substring(Math.max(0, m.start() - 30), m.start());
            boolean inTheEnd = lower(m).equals("the end of the day") && atEnd.matcher(before).find()
                    && text.startsWith(",", m.end());
            boolean noDay = lower(m).matches("another (?:day|time)") && putOff.matcher(before).find();
            Token article = ctx.tokenBefore(m.start());
            Token noun = ctx.tokenAfter(m.end());
            boolean haste = noun != null && noun.pos().matches("NNS?") && (lower(m).equals("last-minute")
                    || lower(m).equals("last minute") && (article == null || !article.word().equalsIgnoreCase("the")));
            boolean often = lower(m).matches("(?:every )?now") && nowAndThen.matcher(text.substring(m.end())).lookingAt();
            return inTheEnd || noDay || haste || often ? Optional.empty() : Optional.of(m);
        }
    },
    /**
     * Time words in another sense: a word written lower case in running text but capitalised inside a
     * sentence, after a word or a possessive, is part of a name or title ("Florida Today", "the Winter Olympics", "their
     * Twilight books", "Harbour Monthly", "the People's Daily", a film "Back to The Future");
     * a part of the day before a colour word is a colour ("midnight blue"); a weekday after "Black" or
     * "Cyber" names a shopping day; "current" before no noun is a flow and "fall" before "of" or as a verb no season;
     * "daily" before a name is a newspaper ("the regional daily Nice Matin"); "a second" or "the second" before
     * anything but a time word or the end of the clause is an ordinal ("a second missile", "the second was worse");
     * a bare "hour" after "per" is part of a speed or rate and after "rush" part of a time of day, and a unit after a
     * slash a price ("$4.99/mo"); a bare season, part of the day or feast before a noun that is no time word classifies
     * the noun ("winter wheat", "Christmas cards", "a night game"); "March" after a possessive or a capitalised word
     * inside a sentence is a name ("the Women's March", "a Long March rocket"); "10-year" before a note, bond or yield
     * names a debt by its term; a month name written lower case is a common word ("ended a march", "may", "may end");
     * "day" and "night" joined by "and" or "or" ("asleep day and night", "his days and nights") are all the time.
     */
    OTHER_SENSE {
        private final Map<String, Set<String>> senses = Senses.BY_TAG;
        private final Pattern weekday = Pattern.compile("^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?$");
        private final Pattern ordinalSecond = Pattern.compile("^(?:a|the|this) second$");
        /** "Second" after an article or a possessive and the word after it in the mention, if any: "a second night". */
        private final Pattern secondWord = Pattern.compile("^(?:a|the|this|\\w+'s) second\\b(?: ([\\w-]+))?");
        /** A duration of seconds, counted or not: {@code PT1S}, {@code PTXS}. */
        private final Pattern secondsDuration = Pattern.compile("^PT(?:\\d+|X)S$");
        /** Words after "a second" that keep it a second of time: "a second later", "a second of silence". */
        private final Set<String> secondFollowers = Set.of("later", "earlier", "ago", "of", "or", "and", "before", "after",
                "too", "longer", "more");
        private final Set<String> hourCompounds = Set.of("per", "rush");
        private final Pattern classifier = Pattern.compile("^(?:morning|afternoon|evening|night|winter|summer|spring"
                + "|autumn|fall|christmas|easter|thanksgiving|halloween)$");
        /** Parts of the day that are adjectives: "daytime running lights", a "nighttime supplement". */
        private final Pattern dayOrNightTime = Pattern.compile("^(?:daytime|nighttime|night-time)$");
        /**
         * Nouns after a season or part of the day that keep it a time: time words ("winter months", "summer break") and
         * happenings that take place then ("the morning commute", "a summer launch", "a Christmas party").
         */
        private final Set<String> timeNouns = Set.of("day", "days", "eve", "season", "seasons", "semester", "term", "holiday",
                "holidays", "break", "vacation", "recess", "weekend", "weekends", "time", "hours", "months", "weeks",
                "night", "nights", "morning", "mornings", "evening", "evenings", "solstice", "equinox", "commute", "rush",
                "launch", "trade", "trading", "session", "shift", "flight", "flights", "meeting", "service", "services",
                "party", "ride", "rally", "sale", "sales", "concert", "broadcast", "briefing", "prayers", "mass", "storm");
        private final Pattern debtTerm = Pattern.compile("^[\\w]+-year$");
        private final Set<String> debts = Set.of("note", "notes", "bond", "bonds", "yield", "yields", "treasury",
                "treasuries", "bill", "bills", "gilt", "gilts", "bund", "bunds", "paper");
        /** Month names that are also common words, which news writes lower case only in that sense. */
        private final Set<String> monthWords = Set.of("march", "may", "august");
        private final Pattern dayOrNight = Pattern.compile("^(?:(?:his|her|their|my|our|your) )?(days?|nights?)$");
        private final Set<String> joiners = Set.of("and", "or");
        private final Set<String> tumbleDeterminers = Set.of("a", "an", "his", "her", "their", "its", "my", "your", "our");

        /**
         * "Fall" after "a" or a possessive and before no noun is a tumble ("hurt in a fall", "after her fall"), where
         * the season takes "this", "last", "the" or a noun after it ("a fall election").
         */
        private boolean tumble(Token before, Token after) {
            return before != null && tumbleDeterminers.contains(before.word().toLowerCase(Locale.ROOT))
                    && (after == null || !after.isNoun());
        }

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            String text = lower(m);
            Token before = ctx.tokenBefore(m.start());
            Token after = ctx.tokenAfter(m.end());
            Token last = ctx.tokenBefore(m.end());
            boolean lowercaseWord = senses.get("lowercase").contains(text);
            String head = m.text().strip().replaceFirst("^(?i:the)\\s+", "");
            boolean capitalised = Character.isUpperCase(head.charAt(0)) && before != null;
            boolean name = lowercaseWord && capitalised && (Character.isLetterOrDigit(before.word().charAt(0))
                    || before.pos().equals("POS"))
                    || writtenLowerCase(head.toLowerCase(Locale.ROOT)) && capitalised && !before.equals(ctx.sentenceStart(m.start()))
                    && (Character.isLetterOrDigit(before.word().charAt(0)) || after != null
                    && Character.isUpperCase(after.word().charAt(0)));
            boolean colour = lowercaseWord && after != null
                    && senses.get("colour").contains(after.word().toLowerCase(Locale.ROOT));
            boolean shoppingDay = weekday.matcher(text).matches() && before != null
                    && senses.get("weekday-name").contains(before.word().toLowerCase(Locale.ROOT));
            boolean flow = text.equals("current") && (after == null || !after.isNoun() && !after.pos().startsWith("JJ"));
            boolean falling = text.equals("fall") && last != null
                    && (last.isVerb() || after != null && after.word().equalsIgnoreCase("of") || tumble(before, after));
            boolean newspaper = text.equals("daily") && after != null && Character.isUpperCase(after.word().charAt(0));
            boolean ordinal = ordinalSecond(m, text, after, last, ctx);
            boolean rate = text.equals("hour") && before != null && hourCompounds.contains(before.word().toLowerCase(Locale.ROOT));
            boolean award = award(m, ctx);
            boolean price = m.start() > 0 && ctx.annotation().text().charAt(m.start() - 1) == '/';
            boolean modifier = after != null && !timeNouns.contains(after.word().toLowerCase(Locale.ROOT))
                    && (classifier.matcher(text).matches() && after.pos().matches("NNS?")
                    || dayOrNightTime.matcher(text).matches() && after.pos().matches("NNP?S?|JJ|VBG"));
            boolean debt = debtTerm.matcher(text).matches() && after != null
                    && debts.contains(after.word().toLowerCase(Locale.ROOT));
            boolean commonWord = monthWords.contains(m.text().strip().split("\\s+")[0]);
            boolean allTheTime = dayAndNight(m, ctx);
            return allTheTime || name || colour || shoppingDay || flow || falling || newspaper || ordinal || rate || award || price
                    || modifier || marchAsName(m, ctx, before) || debt || commonWord ? Optional.empty() : Optional.of(m);
        }

        /**
         * Whether the singular "second" of {@code m} is an ordinal. A mention that is just "a second" (or "the", "this")
         * is one before a word that is no time word ("a second missile"), or before a comma where the tagger reads
         * "second" as an adjective and an adjective or a noun follows ("a second, bigger ship", not "for a second, then"); a seconds duration, or an expression SUTime left without
         * value, holding "second" after an article or a possessive and followed by another word, inside it or after it,
         * is one too ("on a second night", "Today's second hearing" {@code PTXS}); "one second left" is none.
         */
        private boolean ordinalSecond(TimeMention m, String text, Token after, Token last, TimexContext ctx) {
            if (ordinalSecond.matcher(text).matches()) {
                Token afterComma = after != null && after.word().equals(",") ? ctx.tokenAfter(after.end()) : null;
                return after != null && Character.isLetterOrDigit(after.word().charAt(0))
                        && !secondFollowers.contains(after.word().toLowerCase(Locale.ROOT))
                        || afterComma != null && last.pos().startsWith("JJ")
                        && (afterComma.isNoun() || afterComma.pos().startsWith("JJ"));
            }
            Matcher word = secondWord.matcher(text);
            if (m.value() != null && !secondsDuration.matcher(m.value()).matches() || !word.find()) {
                return false;
            }
            String next = word.group(1) != null ? word.group(1)
                    : after != null && Character.isLetterOrDigit(after.word().charAt(0)) ? after.word().toLowerCase(Locale.ROOT) : null;
            return next != null && !secondFollowers.contains(next);
        }

        /**
         * Whether every word of {@code text} (lower case) is one news writes lower case: a word of the {@code lowercase}
         * list, a number or a unit ("three-day", "morning"), so that capitalised inside a sentence, after a word or
         * before a capitalised word, it is part of a name or title ("the Fair Hill Three-Day Event", "a poem called
         * 'Winter Solstice'", "MORNING EDITION"); weekdays, months and feasts are capitalised in any case.
         */
        private boolean writtenLowerCase(String text) {
            for (String word : text.split("[\\s-]+")) {
                if (!senses.get("lowercase").contains(word) && TimexNumbers.parse(word).isEmpty()
                        && TimexUnit.of(word).isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        /** Whether {@code m} is "day" or "night" joined by "and" or "or" to the other one, before or after it. */
        private boolean dayAndNight(TimeMention m, TimexContext ctx) {
            Matcher own = dayOrNight.matcher(lower(m));
            if (!own.matches()) {
                return false;
            }
            String other = own.group(1).startsWith("day") ? "night" : "day";
            Token joinBefore = ctx.tokenBefore(m.start());
            Token joinAfter = ctx.tokenAfter(m.end());
            return joins(joinBefore, joinBefore == null ? null : ctx.tokenBefore(joinBefore.start()), other)
                    || joins(joinAfter, joinAfter == null ? null : ctx.tokenAfter(joinAfter.end()), other);
        }

        private boolean joins(Token joiner, Token word, String other) {
            return joiner != null && word != null && joiners.contains(joiner.word().toLowerCase(Locale.ROOT))
                    && word.word().toLowerCase(Locale.ROOT).matches(other + "s?");
        }

        private boolean marchAsName(TimeMention m, TimexContext ctx, Token before) {
            if (!m.text().equals("March") || before == null) {
                return false;
            }
            Token first = ctx.sentenceStart(m.start());
            boolean possessive = before.pos().equals("POS");
            boolean capitalised = Character.isUpperCase(before.word().charAt(0)) && before != first
                    && !before.pos().equals("CD") && !before.pos().equals("IN");
            return possessive || capitalised;
        }
    },
    /**
     * A span SUTime cut at a unit it does not know is no time: "the past" of "the past five seasons" or "the last"
     * of "the last three games"; so is a year counted in a career or a life ("his 17th year", "its 69th year"),
     * which SUTime reads as a year of the calendar, and a week or day before its number ("a loss in Week 11", "on day
     * 3 of the trial"): the name of a numbered part of a season or a proceeding, not a span of a week.
     */
    COUNT_NOT_TIME {
        private final Pattern cut = Pattern.compile("^the (?:past|last|next|coming|previous)$");
        private final Pattern ordinalYear = Pattern.compile("^(?:(?:his|her|its|their|the|a|my|our|your) )?\\d+(?:st|nd|rd|th) (?:year|season)$");
        private final Pattern numberedPart = Pattern.compile("^(?:week|day)$");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            Token after = ctx.tokenAfter(m.end());
            boolean counted = cut.matcher(lower(m)).matches() && after != null && after.pos().equals("CD");
            boolean numbered = numberedPart.matcher(lower(m)).matches() && after != null && after.word().matches("\\d{1,2}");
            return counted || numbered || ordinalYear.matcher(lower(m)).matches() ? Optional.empty() : Optional.of(m);
        }
    },
    /**
     * A quarter that is no quarter of a year: a quarter of a game, "the third quarter" in a sentence that tells of play
     * (points, a foul, halftime) and of no money (earnings, revenue); and a fraction, a counted quarter before "of" and
     * something other than a time ("one quarter of the revenue", "three-quarters of what it takes"), or before a noun
     * that is no unit of time ("a quarter cup").
     */
    QUARTER_SENSE {
        private final Pattern ordinal = Pattern.compile("^the (?:first|second|third|fourth|final|last) quarter$");
        private final Pattern counted = Pattern.compile("^(?:(?:about|nearly|almost|roughly|some|over|more than) )?"
                + "(?:a|one|two|three|one-|three-)?\\s?quarters?$");
        private final Set<String> play = Set.of("points", "scored", "scoring", "halftime", "touchdown", "touchdowns", "foul",
                "fouls", "goal", "goals", "yards", "rebounds", "basket", "court", "quarterback", "lead", "led", "trailed");
        private final Set<String> money = Set.of("earnings", "profit", "profits", "revenue", "revenues", "sales", "results",
                "loss", "losses", "income", "growth", "economy", "gdp", "fiscal", "shares", "ended", "ending");
        private final Set<String> determiners = Set.of("a", "an", "the", "its", "their", "this", "that");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            String text = lower(m);
            if (ordinal.matcher(text).matches()) {
                boolean game = play.stream().anyMatch(w -> ctx.sentenceMentions(m.start(), w))
                        && money.stream().noneMatch(w -> ctx.sentenceMentions(m.start(), w));
                return game ? Optional.empty() : Optional.of(m);
            }
            Token after = ctx.tokenAfter(m.end());
            if (!counted.matcher(text).matches() || after == null) {
                return Optional.of(m);
            }
            Token object = after;
            if (after.word().equals("of")) {
                object = ctx.tokenAfter(after.end());
                while (object != null && determiners.contains(object.word().toLowerCase(Locale.ROOT))) {
                    object = ctx.tokenAfter(object.end());
                }
            } else if (!after.isNoun()) {
                return Optional.of(m);
            }
            boolean time = object != null && (TimexUnit.of(object.word().toLowerCase(Locale.ROOT)).isPresent()
                    || object.word().matches("\\d{4}"));
            return time ? Optional.of(m) : Optional.empty();
        }
    },
    /**
     * "Now" as a discourse marker, not the present: opening its sentence (after at most "OK", "so", "and" or "but")
     * before an imperative ("Now consider what we know", "Now, imagine ...") or before "for" ("OK, now for a little
     * fun") or before "that" and the subject of a clause, a connective meaning "since" ("Now that the pier is open, the
     * ferry ..."; not "Now that is a storm", nor "now that" inside a sentence: "it is safer now that the pier is open");
     * and "now" before a colon after at most {@link #CALL_TO_ACTION_WORDS} words of its line, a call to action of
     * a shopping page ("See it now: Harbour Store"; not "Here is what is different in my life now:"); and "Now" before a
     * comma opening a turn of a transcript, right after the speaker's label in capitals ("HOST: Now, you say the ferry
     * sank?"), where the host moves the talk on.
     */
    DISCOURSE_NOW {
        private final Set<String> openers = Set.of("ok", "okay", "so", "and", "but", ",");
        private final Pattern speakerLabel = Pattern.compile("\\p{Lu}[\\p{Lu} .'’-]{1,40}:");
        private final Set<String> imperative = Set.of("VB", "VBP");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            if (!lower(m).equals("now")) {
                return Optional.of(m);
            }
            Token after = ctx.tokenAfter(m.end());
            if (after != null && after.word().equals(",")) {
                after = ctx.tokenAfter(after.end());
            }
            Token first = ctx.sentenceStart(m.start());
            boolean opens = true;
            for (Token t = ctx.tokenBefore(m.start()); t != null && opens; t = t == first ? null : ctx.tokenBefore(t.start())) {
                opens = openers.contains(t.word().toLowerCase(Locale.ROOT));
            }
            Token subject = after == null || !after.word().equalsIgnoreCase("that") ? null : ctx.tokenAfter(after.end());
            boolean since = subject != null && !subject.isVerb() && !subject.pos().equals("MD")
                    && Character.isLetterOrDigit(subject.word().codePointAt(0));
            boolean marker = opens && after != null && (imperative.contains(after.pos()) || after.word().equalsIgnoreCase("for")
                    || since);
            String text = ctx.annotation().text();
            String lineBefore = text.substring(text.lastIndexOf('\n', Math.max(0, m.start() - 1)) + 1, m.start()).strip();
            boolean callToAction = m.end() < text.length() && text.charAt(m.end()) == ':'
                    && lineBefore.split("\\s+").length <= CALL_TO_ACTION_WORDS;
            boolean turn = speakerLabel.matcher(lineBefore).matches() && text.startsWith(",", m.end());
            return marker || callToAction || turn ? Optional.empty() : Optional.of(m);
        }
    },
    /**
     * "Now" right before a verb in the past is the time of a story told in the past, not of publication: "by switching
     * the direction, the road now ran east" is {@code PAST_REF}. Not in reported speech, whose past is the tense of the
     * report ("the envoy said that the board now wanted a vote": a "that" or a word of saying before it keeps
     * the present).
     */
    NARRATIVE_NOW {
        private final Set<String> reported = Set.of("that", "say", "tell", "warn", "add", "write");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            Token after = ctx.tokenAfter(m.end());
            if (!lower(m).equals("now") || after == null || !after.pos().equals("VBD")) {
                return Optional.of(m);
            }
            for (Token t = ctx.tokenBefore(m.start()); t != null; t = ctx.tokenBefore(t.start())) {
                if (t.lemma() != null && reported.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                    return Optional.of(m);
                }
            }
            return Optional.of(dated(m, "PAST_REF"));
        }
    },
    /**
     * "One day" after a modal, between "to" and a verb ("hopes to one day sail", which the tagger may read as "to" a
     * preposition and "sail" a noun), or before a bare verb ("will one day return") is some day to come,
     * {@code FUTURE_REF}, not a day-long duration ("the trip was cut to one day.").
     */
    SOME_DAY_TO_COME {
        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            Token before = ctx.tokenBefore(m.start());
            Token after = ctx.tokenAfter(m.end());
            boolean toAVerb = before != null && before.word().equalsIgnoreCase("to") && after != null
                    && after.pos().matches("VB|NNS?");
            boolean ahead = before != null && (before.pos().equals("MD") || toAVerb)
                    || after != null && after.pos().equals("VB");
            return Optional.of(lower(m).equals("one day") && ahead ? dated(m, "FUTURE_REF") : m);
        }
    },
    /** "These days" is the present: {@code PRESENT_REF}, its extent taking in "these" SUTime left out. */
    THESE_DAYS {
        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            Token before = ctx.tokenBefore(m.start());
            if (!lower(m).equals("days") || before == null || !before.word().equalsIgnoreCase("these")) {
                return Optional.of(m);
            }
            return Optional.of(new TimeMention(m.article(), ctx.annotation().text().substring(before.start(), m.end()),
                    "DATE", "PRESENT_REF", before.start(), m.end()));
        }
    },
    /**
     * One or a counted number more of a unit: "another year" is {@code P1Y}, and "two more years" or "four straight
     * years", of which SUTime marks only "years", {@code P2Y} and {@code P4Y}, the extent taking in the count.
     */
    MORE_OF_A_UNIT {
        private final Pattern another = Pattern.compile("^another (\\S+)$");
        private final Set<String> counters = Set.of("more", "straight", "consecutive", "additional", "further", "extra");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            Matcher a = another.matcher(lower(m));
            Optional<TimexUnit> single = a.matches() ? TimexUnit.of(a.group(1)) : Optional.empty();
            if (single.isPresent() && !a.group(1).endsWith("s")) {
                return Optional.of(new TimeMention(m.article(), m.text(), "DURATION", single.get().duration(1),
                        m.start(), m.end()));
            }
            Optional<TimexUnit> unit = lower(m).matches("[a-z]+s") ? TimexUnit.of(lower(m)) : Optional.empty();
            Token counter = ctx.tokenBefore(m.start());
            Token count = counter == null ? null : ctx.tokenBefore(counter.start());
            if (unit.isEmpty() || count == null || !counters.contains(counter.word().toLowerCase(Locale.ROOT))
                    || TimexNumbers.parse(count.word()).isEmpty()) {
                return Optional.of(m);
            }
            return Optional.of(new TimeMention(m.article(), ctx.annotation().text().substring(count.start(), m.end()),
                    "DURATION", unit.get().duration(TimexNumbers.parse(count.word()).getAsInt()), count.start(), m.end()));
        }
    },
    /**
     * A year, or a range of years ("the 2012 through 2015 design"), before the name of a maker or product line ("the
     * 2017 Tesla Roadster", "a 2015 MacBook Pro") or a noun of a product generation ("the 2012 model") names a model,
     * not a time; so does one after "the" that ends its phrase, before a punctuation mark or a tensed verb ("quieter than
     * the 2014, but louder than the 2011."): a year as the name of a thing. So does a year before a capitalised word
     * that the article writes elsewhere right after a maker's name ("the 2020 Varsa" where "the Hyundai Varsa" is
     * named): the model of that maker, where "the 2016 Cubs" or "the 2003 World Series" keep their year; and so does a
     * year between a verb and a capitalised word on a line that names a maker before it ("Lexus reveals 2020 Kestrel",
     * a headline).
     * A year bounded by "or later" (newer, older, earlier) before a noun that is no unit of time names the models of
     * those years ("your 2014 or later laptop", "a 2016 or older phone"); "in 2014 or later" keeps its year.
     */
    MODEL_YEAR {
        private final Set<String> makers = Senses.BY_TAG.get("maker");
        private final Set<String> generations = Senses.BY_TAG.get("model");
        private final String makerNames = String.join("|", makers.stream().map(Pattern::quote).toList());
        private final Pattern year = Pattern.compile("^(?:(?:mid|early|late)-)?(?:1[89]|20)\\d\\d$");
        private final Set<String> links = Set.of("through", "to", "and", "or", "-", "–");
        private final Set<String> closers = Set.of(",", ".", ";", ":", ")", "!", "?", "-RRB-");
        private final Set<String> finite = Set.of("VBZ", "VBD", "VBP", "MD");
        private final Set<String> bounds = Set.of("later", "newer", "older", "earlier");
        private final Pattern makerName = Pattern.compile("(?i)\\b(?:" + makerNames + ")\\b");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            if (!year.matcher(lower(m)).matches()) {
                return Optional.of(m);
            }
            int start = m.start();
            int end = m.end();
            Token link = ctx.tokenBefore(start);
            Token other = link == null ? null : ctx.tokenBefore(link.start());
            if (linksYear(link, other)) {
                start = other.start();
            }
            link = ctx.tokenAfter(end);
            other = link == null ? null : ctx.tokenAfter(link.end());
            if (linksYear(link, other)) {
                end = other.end();
            }
            Token before = ctx.tokenBefore(start);
            Token next = ctx.tokenAfter(end);
            String word = next == null ? "" : next.word().toLowerCase(Locale.ROOT);
            boolean named = makers.contains(word) || generations.contains(word) || makersModel(next, ctx)
                    || before != null && before.isVerb() && makerOnLine(start, next, ctx);
            boolean nameOfAThing = before != null && before.word().equalsIgnoreCase("the")
                    && (next == null || closers.contains(word) || finite.contains(next.pos()));
            return named || nameOfAThing || boundedModels(next, ctx) ? Optional.empty() : Optional.of(m);
        }

        /** Whether {@code next} is a capitalised word after the year at {@code year} on a line naming a maker before it. */
        private boolean makerOnLine(int year, Token next, TimexContext ctx) {
            if (next == null || !next.word().matches("\\p{Lu}[\\p{L}\\d-]*")) {
                return false;
            }
            String text = ctx.annotation().text();
            String lineBefore = text.substring(text.lastIndexOf('\n', Math.max(0, year - 1)) + 1, year);
            return makerName.matcher(lineBefore).find();
        }

        /** Whether "or later" (or "and newer", ...) follows the year, then a noun that is no unit of time. */
        private boolean boundedModels(Token or, TimexContext ctx) {
            Token bound = or == null ? null : ctx.tokenAfter(or.end());
            Token noun = bound == null ? null : ctx.tokenAfter(bound.end());
            return noun != null && links.contains(or.word().toLowerCase(Locale.ROOT))
                    && bounds.contains(bound.word().toLowerCase(Locale.ROOT))
                    && (noun.isNoun() || Character.isUpperCase(noun.word().charAt(0)))
                    && TimexUnit.of(noun.word().toLowerCase(Locale.ROOT)).isEmpty();
        }

        /** Whether {@code next} is a capitalised word that the article writes right after a maker's name. */
        private boolean makersModel(Token next, TimexContext ctx) {
            if (next == null || !next.word().matches("\\p{Lu}[\\p{L}\\d-]+")) {
                return false;
            }
            return Pattern.compile("(?i)\\b(?:" + makerNames + ")\\s+" + Pattern.quote(next.word()) + "\\b")
                    .matcher(ctx.annotation().text()).find();
        }

        private boolean linksYear(Token link, Token other) {
            return link != null && other != null && links.contains(link.word().toLowerCase(Locale.ROOT))
                    && year.matcher(other.word()).matches();
        }
    },
    /**
     * A bare minutes-and-seconds figure at the end of a line ("Rapid pace 01:12") or one starting "0:" is the
     * length of a clip, not a clock time.
     */
    CLIP_LENGTH {
        private final Pattern figure = Pattern.compile("^\\d{1,2}:[0-5]\\d$");
        private final Pattern lineEnd = Pattern.compile("^\\h*(?:\\R|$)");
        private final Pattern clockWord = Pattern.compile("(?i)\\b(?:at|by|around|until|till|from|before|after|since|about|to)\\s*$");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            String text = ctx.annotation().text();
            if (!figure.matcher(m.text()).matches()) {
                return Optional.of(m);
            }
            boolean endsLine = lineEnd.matcher(text.substring(m.end())).lookingAt()
                    && !clockWord.matcher(text.substring(Math.max(0, m.start() - 10), m.start())).find();
            return endsLine || m.text().startsWith("0:") ? Optional.empty() : Optional.of(m);
        }
    },
    /**
     * A minutes-and-seconds figure read off a game clock is no time of day: after "the final", "the last" or "the
     * first" ("goals in the final 4:29 of regulation") or before "left", "remaining", "to play", "to go", "into" or "of"
     * a part of the game ("with 1:12 left", "2:55 into overtime", "at 12:30 of the second period"). "The ferry left at
     * 4:29" keeps its time.
     */
    GAME_CLOCK {
        private final Pattern figure = Pattern.compile("^\\d{1,2}:[0-5]\\d$");
        private final Pattern lead = Pattern.compile("(?i)\\b(?:the|its|their) (?:final|last|first|opening|closing)\\s+$");
        private final Pattern rest = Pattern.compile("(?i)^\\s+(?:left|remaining|to play|to go|into\\b|(?:of|in) (?:the )?"
                + "(?:regulation|overtime|extra time|(?:first|second|third|fourth|final) (?:quarter|period|half|set|inning))\\b)");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            String text = ctx.annotation().text();
            if (!figure.matcher(m.text()).matches()) {
                return Optional.of(m);
            }
            boolean led = lead.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find();
            return led || rest.matcher(text.substring(m.end())).lookingAt() ? Optional.empty() : Optional.of(m);
        }
    },
    /**
     * Four digits before "GMT" or "UTC" ("(2206 GMT)") are a clock time, not a year: {@code TIME} on the
     * reference day, its extent taking in the zone.
     */
    CLOCK_CODE {
        private final Pattern digits = Pattern.compile("^([01]\\d|2[0-3])([0-5]\\d)$");
        private final Pattern zone = Pattern.compile("^\\h?(?:GMT|UTC)\\b");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            Matcher d = digits.matcher(m.text());
            Matcher z = zone.matcher(ctx.annotation().text().substring(m.end()));
            if (!d.matches() || !z.lookingAt()) {
                return Optional.of(m);
            }
            String day = ctx.reference() == null ? "XXXX-XX-XX" : ctx.reference().toString();
            int end = m.end() + z.end();
            return Optional.of(new TimeMention(m.article(), ctx.annotation().text().substring(m.start(), end), "TIME",
                    day + "T" + d.group(1) + ":" + d.group(2), m.start(), end));
        }
    },
    /**
     * Four digits that are a number, not a year (after {@link #CLOCK_CODE} has read "2340 GMT"): one more than {@link #FAR_YEARS} years after the reference date (a
     * score "from 2395 to 2623", "Resolution 2371"), a house number before a street ("lives at 1119 Elm St."), or a
     * model number after a code of capitals on a line that gives such a code a number that is no year ("the GTX 1060
     * and the RTX 2060": a product series; "the UPSC 2019 exam" alone keeps its year); nor is a number before "score",
     * a tally that SUTime reads as a year plus twenty ("earned a 2182 score" is no year 2202), nor a figure of a list,
     * linked by "to" or "and" to another number in a sentence where a number of four digits or more that can be no year
     * is linked so too ("scores rose from 1061 to 1128 and from 5425 to 5641"; "the port grew from 1990 to 2010 and
     * has 12000 berths" keeps its years); nor is a measure, a number before a unit or a times sign ("620 miles (1000
     * km)", "screens of 1024*768").
     */
    NUMBER_NOT_YEAR {
        private final Pattern digits = Pattern.compile("^\\d{4}$");
        private final Pattern tally = Pattern.compile("^\\d+\\s+scores?$");
        private final Pattern number = Pattern.compile("\\d+");
        private final Pattern figure = Pattern.compile("\\d{4,}");
        private final Pattern linkWord = Pattern.compile("(?i)to|and");
        /** A code of capitals and its number, a product model where the number can be no year: "GTX 1060", "RX 580". */
        private final Pattern code = Pattern.compile("\\b\\p{Lu}{2,5}\\h+(\\d{3,5})\\b");
        private final Pattern codeBefore = Pattern.compile("\\b\\p{Lu}{2,5}\\h+$");
        private final Pattern unit = Pattern.compile("^\\h*(?:[*×x]\\h*\\d|(?:km|kms|kilometres|kilometers|miles|metres"
                + "|meters|ft|feet|yards|kg|kilograms|lbs|tons|tonnes|mph|kph|km/h|hp|cc|ml|litres|liters|acres|hectares"
                + "|kW|kWh|MW|GW|mAh|GB|MB|TB|px|pixels|Hz|MHz|GHz)\\b)");
        private final Pattern street = Pattern.compile("^\\h+(?:[A-Z][a-z]+|\\d+(?:st|nd|rd|th))\\h+(?:St|Street|Ave|Avenue|Rd|Road"
                + "|Blvd|Boulevard|Dr|Drive|Lane|Ln|Way|Court|Ct|Place|Pl)\\b");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            if (tally.matcher(lower(m)).matches()) {
                return Optional.empty();
            }
            if (!digits.matcher(m.text()).matches()) {
                return Optional.of(m);
            }
            String text = ctx.annotation().text();
            boolean far = noYear(m.text(), ctx) || unit.matcher(text.substring(m.end())).lookingAt();
            boolean house = street.matcher(text.substring(m.end())).lookingAt();
            boolean model = codeBefore.matcher(text.substring(Math.max(0, m.start() - CODE_REACH), m.start())).find()
                    && code.matcher(lineOf(text, m)).results().anyMatch(c -> !c.group(1).matches("(?:1[89]|20)\\d\\d"));
            List<Token> tokens = ctx.sentenceTokens(m.start());
            boolean listed = false;
            boolean otherFigures = false;
            for (int i = 0; i < tokens.size(); i++) {
                boolean linked = linked(tokens, i);
                listed |= linked && tokens.get(i).start() == m.start();
                otherFigures |= linked && figure.matcher(tokens.get(i).word()).matches() && noYear(tokens.get(i).word(), ctx);
            }
            return far || house || model || listed && otherFigures ? Optional.empty() : Optional.of(m);
        }

        /** Whether the digits {@code number} can be no year: five or more, or more than {@link #FAR_YEARS} after the reference. */
        private boolean noYear(String number, TimexContext ctx) {
            return number.length() > 4 || ctx.reference() != null && Integer.parseInt(number) > ctx.reference().getYear() + FAR_YEARS;
        }

        /** Whether token {@code i} is a number in digits linked by "to" or "and" to a number before or after it. */
        private boolean linked(List<Token> tokens, int i) {
            return number.matcher(tokens.get(i).word()).matches() && (i >= 2 && link(tokens.get(i - 1), tokens.get(i - 2))
                    || i + 2 < tokens.size() && link(tokens.get(i + 1), tokens.get(i + 2)));
        }

        private boolean link(Token link, Token other) {
            return linkWord.matcher(link.word()).matches() && number.matcher(other.word()).matches();
        }
    },
    /** TIMEX3 times carry no zone: {@code 2013-03-23T15:00+0000} becomes {@code 2013-03-23T15:00}. */
    TIME_ZONE {
        private final Pattern zone = Pattern.compile("(T\\d\\d(?::\\d\\d){0,2})(?:[+-]\\d{4}|Z)$");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            return Optional.of(m.value() == null ? m : withValue(m, zone.matcher(m.value()).replaceFirst("$1")));
        }
    },
    /**
     * A clock time on the reference day takes the day its clock showed: in the zone written after it
     * ("10pm BST", "0300 GMT"), else in the zone of the publication stamp. Told in the past tense and more
     * than {@link #MARGIN_HOURS} after the publication moment it is on the day before; told in the future and
     * as much before it, on the day after. A clock time alone on its line is the heading of an entry of a live blog
     * ("The Latest on the storm (all times local):\n\n10 p.m.\n\nThe ferry ..."), told like the past.
     */
    ZONED_CLOCK_DAY {
        private final Map<String, Integer> zones = TsvResource.table(TimexRule.class, "time-zones.tsv", Integer::valueOf);
        private final Pattern clock = Pattern.compile("^(?i:(?:about|around|at|just before|just after) )?\\d{1,2}(?:[:.]?\\d\\d)?"
                + "(?i:\\s?[ap]\\.?m\\.?)?(?i: local time)?(?:\\s([A-Z]{1,4}))?$");
        private final Pattern value = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\d)T(\\d\\d):(\\d\\d)$");
        /** A zone SUTime left out of the expression: "7 a.m. ET". */
        private final Pattern zoneAfter = Pattern.compile("^\\h([A-Z]{1,4})\\b");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            Matcher c = clock.matcher(m.text().strip());
            Matcher v = m.value() == null ? null : value.matcher(m.value());
            if (ctx.published() == null || !c.matches() || v == null || !v.matches()
                    || !v.group(1).equals(ctx.reference().toString())) {
                return Optional.of(m);
            }
            Matcher after = zoneAfter.matcher(ctx.annotation().text().substring(m.end()));
            String zone = c.group(1) != null ? c.group(1) : after.lookingAt() ? after.group(1) : null;
            if (zone != null && !zones.containsKey(zone)) {
                return Optional.of(m);
            }
            LocalDateTime published = zone == null ? LocalDateTime.of(ctx.reference(), ctx.published().time())
                    : ctx.published().in(ctx.reference(), ZoneOffset.ofHours(zones.get(zone)));
            LocalDateTime at = LocalDateTime.of(published.toLocalDate(),
                    LocalTime.of(Integer.parseInt(v.group(2)), Integer.parseInt(v.group(3))));
            boolean heading = lineOf(ctx.annotation().text(), m).strip().equals(m.text().strip());
            TimexContext.Tense tense = heading ? TimexContext.Tense.PAST : ctx.tenseAround(m.start(), m.end());
            if (tense == TimexContext.Tense.PAST && at.isAfter(published.plusHours(MARGIN_HOURS))) {
                at = at.minusDays(1);
            } else if (tense == TimexContext.Tense.FUTURE && at.isBefore(published.minusHours(MARGIN_HOURS))) {
                at = at.plusDays(1);
            }
            return Optional.of(withValue(m, at.toLocalDate() + "T" + v.group(2) + ":" + v.group(3)));
        }
    },
    /**
     * An evening or a night of the reference day told in the past, in an article stamped before {@link #EVENING_HOUR}
     * of that day, is the one before: its own had not begun ("The Owls led for much of the night" in a report stamped at
     * 9:30 a.m. is last night). Only a bare part of the day ("night", "the evening"): "tonight", "that night" and a
     * weekday's night are read by their own rules.
     */
    PAST_NIGHT {
        private final Pattern bare = Pattern.compile("^(?:the )?(?:evening|night)$");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            if (ctx.published() == null || ctx.published().time().getHour() >= EVENING_HOUR || !bare.matcher(lower(m)).matches()
                    || !(ctx.reference() + "TNI").equals(m.value()) && !(ctx.reference() + "TEV").equals(m.value())
                    || ctx.tenseAround(m.start(), m.end()) != TimexContext.Tense.PAST) {
                return Optional.of(m);
            }
            return Optional.of(withValue(m, ctx.reference().minusDays(1) + m.value().substring(10)));
        }
    },
    /** A recurring part of the day ("every morning") is that part of an unknown day: {@code XXXX-XX-XXTMO}. */
    SET_PART_OF_DAY {
        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            return Optional.of("SET".equals(m.type()) && m.value() != null && m.value().matches("T(?:MO|AF|EV|NI)")
                    ? withValue(m, "XXXX-XX-XX" + m.value()) : m);
        }
    },
    /**
     * A plural weekday or part of the day ("on Sundays", "works nights") repeats: {@code SET} of that day of an unknown
     * week ({@code XXXX-WXX-7}) or that part of an unknown day ({@code XXXX-XX-XXTNI}), not the day of publication;
     * but nights after a number ("observed it for 17 nights") are a stay of that many days, {@code P17D}.
     */
    REPEATED_DAY {
        private final Pattern plural = Pattern.compile("^(?:on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday"
                + "|morning|afternoon|evening|night)s$");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            Matcher p = plural.matcher(lower(m));
            if (!p.matches()) {
                return Optional.of(m);
            }
            Token count = ctx.tokenBefore(m.start());
            OptionalInt nights = count == null || !p.group(1).equals("night") || !lower(m).equals("nights")
                    ? OptionalInt.empty() : TimexNumbers.parse(count.word());
            if (nights.isPresent()) {
                return Optional.of(new TimeMention(m.article(), ctx.annotation().text().substring(count.start(), m.end()),
                        "DURATION", "P" + nights.getAsInt() + "D", count.start(), m.end()));
            }
            String part = partOfDay(p.group(1));
            String value = part != null ? "XXXX-XX-XX" + part
                    : "XXXX-WXX-" + DayOfWeek.valueOf(p.group(1).toUpperCase(Locale.ROOT)).getValue();
            return Optional.of(new TimeMention(m.article(), m.text(), "SET", value, m.start(), m.end()));
        }
    },
    /** Vague clock durations are written without the T: "minutes" is {@code PXM}, not {@code PTXM}. */
    VAGUE_CLOCK_DURATION {
        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            return Optional.of(m.value() != null && m.value().matches("PTX[HMS]")
                    ? withValue(m, "PX" + m.value().substring(3)) : m);
        }
    },
    /** Centuries and decades are written as their leading digits: "the 20th century" {@code 19}, "the 1990s" {@code 199}. */
    CENTURY_OR_DECADE {
        private final Pattern value = Pattern.compile("^(\\d\\d)XX$|^(\\d\\d\\d)X$");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            Matcher v = m.value() == null ? null : value.matcher(m.value());
            if (v == null || !v.matches() || !lower(m).matches(".*(centur|decade|\\d0s|'\\d0s).*")) {
                return Optional.of(m);
            }
            return Optional.of(dated(m, v.group(1) != null ? v.group(1) : v.group(2)));
        }
    },
    /** "Years ago", "several months ago", "a few decades ago": an uncounted time back is the past, {@code PAST_REF}. */
    VAGUE_AGO {
        private final Pattern vague = Pattern.compile("^(?:(?:a few|several|many|some|a number of|countless) )?"
                + "(?:minutes|hours|days|weeks|months|years|decades|centuries) ago$");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            return Optional.of(vague.matcher(lower(m)).matches() ? dated(m, "PAST_REF") : m);
        }
    },
    /**
     * "Two years ago" names a year, "six weeks ago" a week, and "six years from now" the year six after the reference:
     * the value has the granularity of the unit ({@code XXXX}, {@code XXXX-WXX} when the reference date is unknown).
     * "20 years ago today" is a day, the reference day that many units back: {@code 1999-12-04}.
     */
    QUANTITY_AGO {
        private final Pattern ago = Pattern.compile("^(?:(?:about|nearly|almost|some|roughly|more than|less than|over) )?"
                + "(\\S+) (\\S+) (ago|earlier|from now|hence)( today)?$");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            Matcher a = ago.matcher(lower(m));
            if (!a.matches()) {
                return Optional.of(m);
            }
            OptionalInt n = TimexNumbers.parse(a.group(1));
            Optional<TimexUnit> unit = TimexUnit.of(a.group(2));
            if (n.isEmpty() || unit.isEmpty()) {
                return Optional.of(m);
            }
            if (ctx.reference() == null) {
                return Optional.of(dated(m, (a.group(4) == null ? unit.get() : TimexUnit.DAY).unknownDate()));
            }
            int sign = a.group(3).equals("from now") || a.group(3).equals("hence") ? 1 : -1;
            if (a.group(4) != null) {
                return Optional.of(dated(m, unit.get().plus(ctx.reference(), sign * n.getAsInt()).toString()));
            }
            if (unit.get().isClock()) {
                return clockDay(m, ctx, unit.get(), sign * n.getAsInt());
            }
            return Optional.of(dated(m, unit.get().date(unit.get().plus(ctx.reference(), sign * n.getAsInt()))));
        }

        /**
         * "15 minutes ago", "three hours from now": the day of publication moved by that many clock units, exact when
         * the time of publication is known; without it, an amount under a day is taken as on the publication day (the
         * reading of a news report written the same day) and a longer one is left to SUTime.
         */
        private Optional<TimeMention> clockDay(TimeMention m, TimexContext ctx, TimexUnit unit, int amount) {
            Duration shift = switch (unit) {
                case SECOND -> Duration.ofSeconds(amount);
                case MINUTE -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
            if (ctx.published() != null) {
                return Optional.of(dated(m, ctx.reference().atTime(ctx.published().time()).plus(shift).toLocalDate().toString()));
            }
            return shift.abs().compareTo(Duration.ofDays(1)) < 0 ? Optional.of(dated(m, ctx.reference().toString()))
                    : Optional.of(m);
        }
    },
    /**
     * In an earnings report "the quarter" (or "the latest quarter") is the last quarter completed before
     * publication, and "a year ago" next to a quarter is that quarter a year earlier: {@code 1988-Q3}.
     */
    REPORTED_QUARTER {
        private final Pattern quarter = Pattern.compile("^the (?:latest |last |most recent |recent )?quarter$");
        private final Pattern yearAgo = Pattern.compile("^(?:a|one) year (?:ago|earlier)$");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            if (ctx.reference() == null) {
                return Optional.of(m);
            }
            LocalDate lastQuarter = ctx.reference().minusMonths(3);
            if (quarter.matcher(lower(m)).matches()) {
                return Optional.of(dated(m, TimexUnit.QUARTER.date(lastQuarter)));
            }
            if (yearAgo.matcher(lower(m)).matches() && ctx.sentenceMentions(m.start(), "quarter")) {
                return Optional.of(dated(m, TimexUnit.QUARTER.date(lastQuarter.minusYears(1))));
            }
            return Optional.of(m);
        }
    },
    /**
     * The first or second half of a year SUTime valued as the whole year ("the first half of 2019", "the second half of
     * next year") is that half, as TIMEX3 writes it: {@code 2019-H1}, {@code 2020-H2}.
     */
    HALF_OF_YEAR {
        private final Pattern half = Pattern.compile("^(?:the )?(first|second|latter) half of ");
        private final Pattern year = Pattern.compile("^\\d{4}$");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            Matcher h = half.matcher(lower(m));
            if (m.value() == null || !h.lookingAt() || !year.matcher(m.value()).matches()) {
                return Optional.of(m);
            }
            return Optional.of(dated(m, m.value() + (h.group(1).equals("first") ? "-H1" : "-H2")));
        }
    },
    /**
     * A week, month or year named relative to the reference date, possibly narrowed by "early", "late"
     * or "mid": "later this week" {@code 2013-W12}, "late last month" {@code 2013-02}, "this year" {@code 2013};
     * "the last week" is "last week" (as TempEval-3 marks it), unless "of" follows ("the last week of June").
     * Without a reference date only the granularity is known: {@code XXXX-WXX}, {@code XXXX-XX}, {@code XXXX}.
     */
    RELATIVE_PERIOD {
        private final Pattern period = Pattern.compile("^(?:(?:early|earlier|late|later|mid|the end of|the beginning of"
                + "|the middle of|end of|beginning of)[ -])?(this|last|next|the last|the previous|the past|the coming)"
                + " (week|month|year|quarter)$");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            Matcher p = period.matcher(lower(m));
            Token after = ctx.tokenAfter(m.end());
            if (!p.matches() || p.group(1).equals("the past")
                    || p.group(1).equals("the last") && after != null && after.word().equalsIgnoreCase("of")) {
                return Optional.of(m);
            }
            TimexUnit unit = TimexUnit.of(p.group(2)).orElseThrow();
            if (ctx.reference() == null) {
                return Optional.of(dated(m, unit.unknownDate()));
            }
            int shift = switch (p.group(1)) {
                case "last", "the last", "the previous" -> -1;
                case "next", "the coming" -> 1;
                default -> 0;
            };
            return Optional.of(dated(m, unit.date(unit.plus(ctx.reference(), shift))));
        }
    },
    /**
     * A bare weekday ("on Monday", "Friday night") is the nearest such day before the reference date in
     * clauses not set in the future and the nearest one after it otherwise; the reference day itself
     * counts as both, and so does the next day when the article was stamped in the evening, from 17:00 (a report
     * of Thursday night on "Friday"'s launch, already Friday where it happened; a US page stamped 17:39 on Monday
     * telling Tuesday's launch in Korea); not with a bare date, which gives no time of day (a page dated Monday
     * telling what happened "on Tuesday" tells last Tuesday), unless the weekday is told in local time ("a test
     * Friday morning local time" in a page dated Thursday: a day already come where it happened) or as its early
     * hours ("fired a missile early Tuesday", "in early trading Tuesday" in a page dated Monday: the first hours of
     * the next day, already come where it happened, not those of six days before). "Early Friday" and
     * "late on Tuesday" are that weekday too. "Last Monday" is the
     * Monday of the week before. A clock time before or after it ("10 p.m. Sunday night", "Monday at 9 a.m.") keeps
     * its day this way. Under an "UP NEXT" heading (the next games of a sports report) a weekday is to come. "The early
     * hours of Thursday" is that Thursday, a date. A weekday after "by", "until" or "till" is a deadline to come when its
     * clause is not told in the past or a modal stands a few words before it ("the storm should ease by Thursday", said
     * on a Wednesday), not when told in the past ("snow fell until Tuesday night"). A weekday that a present "is" names
     * ("the vote is on Sunday") or that a present verb of opening or closing dates ("the fair opens to visitors on
     * Friday", "voting begins Monday") is to come.
     */
    WEEKDAY {
        private final Pattern day = Pattern.compile("^(?:(?:at )?" + CLOCK + " )?(?:(?:early|late)(?: on)? |on |last |this )?(monday|tuesday|wednesday"
                + "|thursday|friday|saturday|sunday)(?: (?:morning|afternoon|evening|night))?(?:,? at " + CLOCK + ")?$");
        private final Pattern dated = Pattern.compile("^\\d{4}-\\d\\d-\\d\\d(T.*)?$");
        /** "The early hours of Thursday", which SUTime reads as a span of hours ({@code PTXH}): a part of that day. */
        private final Pattern hoursOf = Pattern.compile("^the (?:early|small|wee) hours of ");
        private final Pattern upNext = Pattern.compile("(?im)^\\h*up next\\W*$");
        private final Pattern localTime = Pattern.compile("(?i)[\\s,(]*local time\\b");
        /** "early" right before a weekday, or one word before it ("in early trading Tuesday"). */
        private final Pattern earlyBefore = Pattern.compile("(?i)\\bearly\\s+(?:\\p{L}+\\s+)?$");
        /** How far before a weekday its "early" may be read, in characters. */
        private static final int EARLY_REACH = 24;
        /** How far after a weekday its "local time" may be read, in characters. */
        private static final int LOCAL_TIME_REACH = 20;
        /** How far after an "UP NEXT" heading its block may reach, in characters. */
        private static final int UP_NEXT_REACH = 300;
        private final Set<String> deadlines = Set.of("by", "until", "till");
        private final Set<String> startsOrEnds = Set.of("opens", "open", "begins", "begin", "starts", "start", "resumes",
                "resume", "ends", "end", "closes", "close");
        /** How many tokens before a weekday a present verb of a schedule's opening or close may stand. */
        private static final int START_REACH = 6;
        private final Set<String> modals = Set.of("will", "'ll", "wo", "shall", "should", "must");
        /** How many tokens before a deadline's weekday its modal may stand ("should ease by Thursday"). */
        private static final int MODAL_REACH = 4;

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            Matcher h = hoursOf.matcher(lower(m));
            boolean hours = h.lookingAt() && ctx.reference() != null;
            Matcher d = day.matcher(hours ? lower(m).substring(h.end()) : lower(m));
            Matcher v = hours ? dated.matcher(ctx.reference().toString())
                    : m.value() == null ? null : dated.matcher(m.value());
            if (ctx.reference() == null || !d.matches() || v == null || !v.matches()) {
                return Optional.of(m);
            }
            if (hours) {
                m = dated(m, ctx.reference().toString());
            }
            DayOfWeek named = DayOfWeek.valueOf(d.group(1).toUpperCase(Locale.ROOT));
            String text = ctx.annotation().text();
            boolean comingGame = upNext.matcher(text.substring(Math.max(0, m.start() - UP_NEXT_REACH), m.start())).find();
            boolean past = lower(m).startsWith("last ") || toldRightAfterAPastVerb(m, ctx)
                    || !comingGame && !deadlineToCome(m, ctx) && !namedByAPresentBe(m, ctx) && !namedByAPresentStart(m, ctx) && ctx.tenseAround(m.start(), m.end()) != TimexContext.Tense.FUTURE;
            int delta = named.getValue() - ctx.reference().getDayOfWeek().getValue();
            boolean tomorrowInTheEvening = Math.floorMod(delta, 7) == 1 && (ctx.published() != null
                    && ctx.published().time().getHour() >= EVENING_HOUR
                    || past && (nightToldAsPast(ctx) || toldInLocalTime(m, ctx) || toldEarlyOnABareDate(m, ctx)));
            if (lower(m).startsWith("last ")) {
                delta -= 7;
            } else if (tomorrowInTheEvening) {
                delta = 1;
            } else if (past && delta > 0) {
                delta -= 7;
            } else if (!past && delta < 0) {
                delta += 7;
            }
            String suffix = v.group(1) == null ? "" : v.group(1);
            return Optional.of(withValue(m, ctx.reference().plusDays(delta) + suffix));
        }

        /**
         * Whether {@code m} follows "by", "until" or "till" in a clause not told in the past, or with a modal of what is to
         * come ("will", "should", "must") at most {@link #MODAL_REACH} tokens before that word.
         */
        private boolean deadlineToCome(TimeMention m, TimexContext ctx) {
            Token word = ctx.tokenBefore(m.start());
            if (word == null || !deadlines.contains(word.word().toLowerCase(Locale.ROOT))) {
                return false;
            }
            Token t = word;
            for (int i = 0; i < MODAL_REACH && t != null; i++) {
                t = ctx.tokenBefore(t.start());
                if (t != null && modals.contains(t.word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return ctx.tenseAround(m.start(), m.end()) != TimexContext.Tense.PAST;
        }

        /**
         * Whether a present verb of a schedule's opening or close ({@link #startsOrEnds}) stands at most {@link
         * #START_REACH} tokens before {@code m}, with no punctuation or other verb between: "the fair opens to visitors
         * on Friday", "voting begins Monday", days still to come.
         */
        private boolean namedByAPresentStart(TimeMention m, TimexContext ctx) {
            Token t = ctx.tokenBefore(m.start());
            for (int i = 0; i < START_REACH && t != null && Character.isLetterOrDigit(t.word().charAt(0)); i++) {
                if (t.pos().startsWith("VB") || t.pos().equals("MD")) {
                    return (t.pos().equals("VBZ") || t.pos().equals("VBP")) && startsOrEnds.contains(t.word().toLowerCase(Locale.ROOT));
                }
                t = ctx.tokenBefore(t.start());
            }
            return false;
        }

        /**
         * Whether {@code m} is what a present "is" or "are" right before it (or before its "on") names: "the vote is
         * Sunday", "launch day is on Tuesday", a day set for what is to come.
         */
        private boolean namedByAPresentBe(TimeMention m, TimexContext ctx) {
            Token t = ctx.tokenBefore(m.start());
            if (t != null && t.word().equalsIgnoreCase("on")) {
                t = ctx.tokenBefore(t.start());
            }
            return t != null && (t.pos().equals("VBZ") || t.pos().equals("VBP")) && TimexContext.BE.contains(t.word().toLowerCase(Locale.ROOT));
        }

        /**
         * Whether the text tells the evening or night of the reference day as past ("said in a Saturday night post" in a
         * page stamped Saturday morning): it was written after that night, so the next day told in the past is that
         * day, as in a page stamped in the evening.
         */
        private boolean nightToldAsPast(TimexContext ctx) {
            String name = ctx.reference().getDayOfWeek().name();
            Matcher night = Pattern.compile("(?i)\\b" + name + "(?:['’]s)?\\s+(?:night|evening)\\b")
                    .matcher(ctx.annotation().text());
            while (night.find()) {
                if (ctx.tenseAround(night.start(), night.end()) == TimexContext.Tense.PAST) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether {@code m} tells the early hours of its day ("early Tuesday", "early on Friday", "in early trading
         * Tuesday": "early" opens it or stands up to one word before it) in a page stamped with a bare date.
         */
        private boolean toldEarlyOnABareDate(TimeMention m, TimexContext ctx) {
            String text = ctx.annotation().text();
            return ctx.published() == null && (lower(m).startsWith("early ")
                    || earlyBefore.matcher(text.substring(Math.max(0, m.start() - EARLY_REACH), m.start())).find());
        }

        /** Whether "local time" follows {@code m} ("Friday morning local time", "Tuesday (local time)"). */
        private boolean toldInLocalTime(TimeMention m, TimexContext ctx) {
            String text = ctx.annotation().text();
            int end = Math.min(text.length(), m.end() + LOCAL_TIME_REACH);
            return localTime.matcher(text.substring(m.end(), end)).lookingAt();
        }

        /**
         * Whether the word right before {@code m} is a verb in the past that it dates ("the minister tweeted late Friday"
         * in a sentence that tells what will come), not one of a passive to come ("will be launched Friday").
         */
        private boolean toldRightAfterAPastVerb(TimeMention m, TimexContext ctx) {
            Token verb = ctx.tokenBefore(m.start());
            Token aux = verb == null ? null : ctx.tokenBefore(verb.start());
            return verb != null && verb.pos().matches("VB[DN]")
                    && (aux == null || !aux.pos().equals("MD") && !aux.word().equalsIgnoreCase("be"));
        }
    },
    /**
     * A time on a line of opening hours or showtimes recurs, on no one day: a short line ({@link #SCHEDULE_LINE}
     * characters at most) that holds a range of weekdays ("Wed – Sun 3PM", "Mon-Fri") or of clock times ("10.15 A.M. /
     * 5.45 P.M.", "10am-6pm"). A clock time there is that time of an unknown day ({@code XXXX-XX-XXT17:45}), a weekday
     * that day of an unknown week, {@code SET} {@code XXXX-WXX-7} (with its clock time, {@code XXXX-WXX-7T15:00}).
     */
    SCHEDULE {
        private static final String DAY = "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\.?";
        private final Pattern dayRange = Pattern.compile("(?i)\\b" + DAY + "\\s*(?:[-–—/]|to|through)\\s*" + DAY + "(?!\\p{L})");
        private final Pattern clockRange = Pattern.compile("(?i)" + CLOCK + "\\s*(?:[-–—/]|to|until)\\s*\\d{1,2}(?:[:.]\\d\\d)?\\s?[ap]\\.?m");
        private final Pattern weekday = Pattern.compile("(?i)^(" + DAY + ")(?!\\p{L})");
        private final Pattern clock = Pattern.compile("T(\\d\\d:\\d\\d)$");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            String line = lineOf(ctx.annotation().text(), m);
            if (m.value() == null || "DURATION".equals(m.type()) || line.strip().length() > SCHEDULE_LINE
                    || !dayRange.matcher(line).find() && !clockRange.matcher(line).find()) {
                return Optional.of(m);
            }
            Matcher c = clock.matcher(m.value());
            String time = c.find() ? "T" + c.group(1) : "";
            Matcher w = weekday.matcher(m.text().strip());
            if (w.find()) {
                int day = weekdayNumber(w.group(1).substring(0, 3).toLowerCase(Locale.ROOT));
                return Optional.of(new TimeMention(m.article(), m.text(), "SET", "XXXX-WXX-" + day + time, m.start(), m.end()));
            }
            return time.isEmpty() ? Optional.of(m) : Optional.of(withValue(m, "XXXX-XX-XX" + time));
        }

        private int weekdayNumber(String prefix) {
            for (DayOfWeek d : DayOfWeek.values()) {
                if (d.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                    return d.getValue();
                }
            }
            throw new IllegalArgumentException("not a weekday: '" + prefix + "'");
        }
    },
    /**
     * "Last" as a verb is no part of the duration after it: "the mission will last 22 days" is marked "22 days", its
     * value left to {@link #DURATION_WITHOUT_VALUE} (SUTime read the span as "the last 22 days"); so is a "last" before
     * a word that bounds a count, which the adjective never precedes ("the flashes only last about three seconds").
     */
    LAST_AS_VERB {
        private final Set<String> approximators = Set.of("about", "around", "nearly", "almost", "roughly",
                "approximately", "some", "just", "up", "less", "more", "at", "between", "for", "until");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            Token last = ctx.tokenAfter(m.start());
            Token before = ctx.tokenBefore(m.start());
            Token after = last == null ? null : ctx.tokenAfter(last.end());
            boolean verb = last != null && last.word().equalsIgnoreCase("last") && (last.pos().startsWith("VB")
                    || before != null && (before.pos().equals("MD") || before.word().equalsIgnoreCase("to"))
                    || after != null && approximators.contains(after.word().toLowerCase(Locale.ROOT)));
            Token next = verb ? after : null;
            if (next == null || next.start() >= m.end()) {
                return Optional.of(m);
            }
            return Optional.of(new TimeMention(m.article(), ctx.annotation().text().substring(next.start(), m.end()),
                    "DURATION", null, next.start(), m.end()));
        }
    },
    /**
     * "The past two months", "the next several years", "the past year", "over the next decade": a span reaching
     * from or to the reference date is a duration ({@code P2M}, {@code PXY}, {@code P1Y}, {@code P10Y}), not the
     * range of dates or the calendar year SUTime makes of it; so is "the next year" or "the last year" after "over",
     * "during", "within" or "throughout" ("bought within the last year": {@code P1Y}), unless "of" follows. ("Last
     * year", "the next year" and "the last year" without those words before them stay calendar years.)
     */
    SPAN_FROM_NOW {
        private final Pattern span = Pattern.compile("^(?:over |in |during |for )?(?:the )?(?:past|last|next|coming|previous)"
                + " ([\\w-]+ )?(seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries)$");
        private final Pattern past = Pattern.compile("^(?:over |in |during |for )?(?:the )?past"
                + " (week|month|year|decade|century)$");
        private final Pattern reaching = Pattern.compile("^the (?:next|following|coming|last)"
                + " (week|month|year|decade|century)$");
        private final Pattern spanning = Pattern.compile("(?i)\\b(?:over|during|within|throughout)\\s+$");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            Matcher s = span.matcher(lower(m));
            Matcher one = past.matcher(lower(m));
            Matcher reach = reaching.matcher(lower(m));
            String before = ctx.annotation().text().substring(Math.max(0, m.start() - 12), m.start());
            Token after = ctx.tokenAfter(m.end());
            if (!one.matches() && reach.matches() && spanning.matcher(before).find()
                    && (after == null || !after.word().equalsIgnoreCase("of"))) {
                one = reach;
            }
            if (one.matches()) {
                return Optional.of(new TimeMention(m.article(), m.text(), "DURATION",
                        TimexUnit.of(one.group(1)).orElseThrow().duration(1), m.start(), m.end()));
            }
            if (!s.matches()) {
                return Optional.of(m);
            }
            OptionalInt n = s.group(1) == null ? OptionalInt.empty() : TimexNumbers.parse(s.group(1).strip());
            TimexUnit unit = TimexUnit.of(s.group(2)).orElseThrow();
            return Optional.of(new TimeMention(m.article(), m.text(), "DURATION",
                    unit.duration(n.isPresent() ? n.getAsInt() : null), m.start(), m.end()));
        }
    },
    /**
     * "108 years later", "the next morning", "the following week" count from a time of the story, not from
     * publication, and "the same day" is a day of the story: the value keeps only the granularity ({@code XXXX},
     * {@code XXXX-XX-XXTMO}, {@code XXXX-WXX}), and
     * a clock time before the next day its clock ("6 a.m. the following morning": {@code XXXX-XX-XXT06:00}).
     * Runs after {@link #SPAN_FROM_NOW}, whose spans ("over the following year") it leaves alone.
     */
    NARRATIVE_ANCHOR {
        private final Pattern later = Pattern.compile("^(?:(?:about|some|nearly|almost|more than|over) )?(?:(a few|several"
                + "|many|a couple of|[\\w-]+) )?(minutes|hours|days|weeks|months|years|decades|centuries|minute|hour|day|week"
                + "|month|year|decade|century) (?:later|afterwards?)$");
        private final Set<String> vague = Set.of("a few", "several", "many", "a couple of");
        private final Pattern next = Pattern.compile("^(?:" + CLOCK + " )?the (?:(?:next|following|same) (morning|afternoon"
                + "|evening|night|day)|following (week|month|year))$");
        private final Pattern clock = Pattern.compile("T\\d\\d:\\d\\d$");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            Matcher l = later.matcher(lower(m));
            Matcher n = next.matcher(lower(m));
            if ("DURATION".equals(m.type())) {
                return Optional.of(m);
            }
            if (l.matches() && (l.group(1) == null || vague.contains(l.group(1))
                    || TimexNumbers.parse(l.group(1)).isPresent())) {
                TimexUnit unit = TimexUnit.of(l.group(2)).orElseThrow();
                return Optional.of(unit.isClock() ? new TimeMention(m.article(), m.text(), "TIME", "XXXX-XX-XXTXX:XX",
                        m.start(), m.end()) : dated(m, unit.unknownDate()));
            }
            if (!n.matches()) {
                return Optional.of(m);
            }
            if (n.group(2) != null) {
                return Optional.of(dated(m, TimexUnit.of(n.group(2)).orElseThrow().unknownDate()));
            }
            Matcher c = m.value() == null ? null : clock.matcher(m.value());
            String part = c != null && c.find() ? c.group() : Optional.ofNullable(partOfDay(n.group(1))).orElse("");
            return Optional.of(new TimeMention(m.article(), m.text(), part.isEmpty() ? "DATE" : "TIME",
                    "XXXX-XX-XX" + part, m.start(), m.end()));
        }
    },
    /**
     * One day after "on" and before "of" is the day on which something happened, not a span of a day: "came on the final
     * day of the summit", "on what was a day of mourning" are a day of the story ({@code XXXX-XX-XX}, a date), which
     * {@link TimeExtractor} puts on the day last named before it. "For a day of talks" and "on a day" alone stay.
     */
    DAY_OF_WHAT {
        private final Pattern day = Pattern.compile("^(?:a|one|the)(?: \\w+)? day$");
        private final Pattern on = Pattern.compile("(?i)\\bon\\s+(?:what\\s+(?:was|is|will be)\\s+)?$");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            Token after = ctx.tokenAfter(m.end());
            String before = ctx.annotation().text().substring(Math.max(0, m.start() - 20), m.start());
            if (!"DURATION".equals(m.type()) || !day.matcher(lower(m)).matches() || !on.matcher(before).find()
                    || after == null || !after.word().equals("of")) {
                return Optional.of(m);
            }
            return Optional.of(dated(m, "XXXX-XX-XX"));
        }
    },
    /**
     * "That night", "that morning", "one night" name a part of a day the story tells of, not of the publication day:
     * the extent takes in "that" or "one", and the value is that part of an unknown day ({@code XXXX-XX-XXTNI}),
     * which {@link TimeExtractor} then puts on the day last named before it. "That summer" and "one winter" are a
     * season of a year the story tells of, {@code XXXX-SU} (a passage may be set decades before publication), and the
     * night of "one winter night", "one recent night" or "that first morning" (a season or an adjective between) is
     * that part of an unknown day, its extent the part alone.
     */
    STORY_PART_OF_DAY {
        private final Set<String> pointers = Set.of("that", "one");
        private final Map<String, String> seasons = Map.of("summer", "SU", "winter", "WI", "spring", "SP", "fall", "FA",
                "autumn", "FA");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            String part = partOfDay(lower(m));
            String season = seasons.get(lower(m));
            Token before = ctx.tokenBefore(m.start());
            if (part == null && season == null || before == null) {
                return Optional.of(m);
            }
            Token pointer = ctx.tokenBefore(before.start());
            boolean described = seasons.containsKey(before.word().toLowerCase(Locale.ROOT)) || before.pos().equals("JJ");
            if (part != null && described && pointed(pointer, before.start(), ctx)) {
                return Optional.of(new TimeMention(m.article(), m.text(), "TIME", "XXXX-XX-XX" + part, m.start(), m.end()));
            }
            if (!pointed(before, m.start(), ctx)) {
                return Optional.of(m);
            }
            String text = ctx.annotation().text().substring(before.start(), m.end());
            return Optional.of(part != null ? new TimeMention(m.article(), text, "TIME", "XXXX-XX-XX" + part, before.start(), m.end())
                    : new TimeMention(m.article(), text, "DATE", "XXXX-" + season, before.start(), m.end()));
        }

        /** Whether {@code pointer} is "that" or "one" with only spaces between it and {@code start}. */
        private boolean pointed(Token pointer, int start, TimexContext ctx) {
            return pointer != null && pointers.contains(pointer.word().toLowerCase(Locale.ROOT))
                    && ctx.annotation().text().substring(pointer.end(), start).isBlank();
        }
    },
    /**
     * "The day" or "the night" (morning, evening, afternoon) followed by a clause with its own subject, "that" or "when"
     * between or not, is the day that clause tells of, not the day of publication: "the night Jane Roe died", "since the
     * day she got it", "on the day that Varda announced the deal" are a day the text does not give ({@code XXXX-XX-XX},
     * {@code XXXX-XX-XXTNI}). Without "that" or "when", a phrase that opens its sentence is followed by such a clause
     * only when a comma closes it ("From the day Jane Roe took office, the council ..."): "For much of the night the
     * Owls led the game" is the main clause. "The day before", "the day's hearing", "the night goes on", "spent the
     * day signing" stay.
     */
    DAY_OF_A_CLAUSE {
        private final Set<String> joiners = Set.of("that", "when");
        private final Pattern subjectStart = Pattern.compile("PRP|NNPS?|DT|PRP\\$");
        private final Pattern finite = Pattern.compile("VBD|VBZ|VBP|MD");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            String text = lower(m);
            Token before = ctx.tokenBefore(m.start());
            boolean the = text.startsWith("the ") || before != null && before.word().equalsIgnoreCase("the")
                    && ctx.annotation().text().substring(before.end(), m.start()).isBlank();
            String unit = text.startsWith("the ") ? text.substring("the ".length()) : text;
            String part = partOfDay(unit);
            if (!the || !unit.equals("day") && part == null || !clauseAfter(m, ctx)) {
                return Optional.of(m);
            }
            return Optional.of(part == null ? dated(m, "XXXX-XX-XX")
                    : new TimeMention(m.article(), m.text(), "TIME", "XXXX-XX-XX" + part, m.start(), m.end()));
        }

        /** Whether a subject and its finite verb follow {@code m} (after "that" or "when"), no punctuation between. */
        private boolean clauseAfter(TimeMention m, TimexContext ctx) {
            List<Token> tokens = ctx.sentenceTokens(m.start());
            int i = 0;
            while (i < tokens.size() && tokens.get(i).start() < m.end()) {
                i++;
            }
            boolean joined = i < tokens.size() && joiners.contains(tokens.get(i).word().toLowerCase(Locale.ROOT));
            if (joined) {
                i++;
            }
            if (i >= tokens.size() || !subjectStart.matcher(tokens.get(i).pos()).matches()) {
                return false;
            }
            for (int j = i + 1; j < tokens.size() && j <= i + CLAUSE_SUBJECT_WORDS; j++) {
                Token t = tokens.get(j);
                if (finite.matcher(t.pos()).matches()) {
                    return joined || tokens.stream().anyMatch(v -> v.end() <= m.start() && finite.matcher(v.pos()).matches())
                            || tokens.subList(j, tokens.size()).stream().anyMatch(c -> c.word().equals(","));
                }
                if (!Character.isLetterOrDigit(t.word().codePointAt(0))) {
                    return false;
                }
            }
            return false;
        }
    },
    /**
     * Days named relative to the reference date ("yesterday", "this morning", "tonight") stay dates
     * with unknown digits when the reference date is unknown: {@code XXXX-XX-XX}, {@code XXXX-XX-XXTMO};
     * when SUTime left one without value ("Theresa May today said") it is counted from the reference date.
     */
    DEICTIC_DAY_WITHOUT_REFERENCE {
        private final Pattern deictic = Pattern.compile("^(?:yesterday|today|tomorrow|tonight|last night"
                + "|(?:this|yesterday|tomorrow) (?:morning|afternoon|evening))$");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            if (ctx.reference() != null && m.value() != null || !deictic.matcher(lower(m)).matches()) {
                return Optional.of(m);
            }
            String text = lower(m);
            String part = text.endsWith("morning") ? "TMO" : text.endsWith("afternoon") ? "TAF"
                    : text.endsWith("evening") ? "TEV" : text.endsWith("night") ? "TNI" : "";
            int shift = text.startsWith("yesterday") || text.equals("last night") ? -1 : text.startsWith("tomorrow") ? 1 : 0;
            String day = ctx.reference() == null ? "XXXX-XX-XX" : ctx.reference().plusDays(shift).toString();
            return Optional.of(new TimeMention(m.article(), m.text(), part.isEmpty() ? "DATE" : "TIME",
                    day + part, m.start(), m.end()));
        }
    },
    /**
     * "Tonight" is the night of the reference day: {@code 2013-03-22TNI}; in a clause told in the past on a page stamped
     * before noon ("the minister revealed tonight", published at 10:25) the text was written the evening before, and it
     * is the night before: {@code 2013-03-21TNI}.
     */
    TONIGHT {
        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            if (ctx.reference() == null || !lower(m).equals("tonight")) {
                return Optional.of(m);
            }
            boolean writtenTheDayBefore = ctx.published() != null && ctx.published().time().getHour() < NOON_HOUR
                    && ctx.tenseAround(m.start(), m.end()) == TimexContext.Tense.PAST;
            LocalDate day = writtenTheDayBefore ? ctx.reference().minusDays(1) : ctx.reference();
            return Optional.of(new TimeMention(m.article(), m.text(), "TIME", day + "TNI", m.start(), m.end()));
        }
    },
    /**
     * "The weekend" is the one before the reference date in a clause not set in the future, the one
     * after it otherwise: {@code 2013-W11-WE}; "this weekend" is the one before only in a clause told in the past ("the
     * party is headed for a win this weekend" on a Thursday is the one to come). A bare "weekend" joined to a week takes the word that points at the
     * week: "this week and weekend" is "this weekend".
     */
    WEEKEND {
        private final Pattern weekend = Pattern.compile("^(?:(?:over |during )?the|this|last|next) weekend$");
        private final Pattern joinedToWeek = Pattern.compile("(?i)\\b(the|this|last|next) week (?:and|or) $");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            Matcher week = joinedToWeek.matcher(ctx.annotation().text().substring(Math.max(0, m.start() - 20), m.start()));
            String phrase = lower(m).equals("weekend") && week.find() ? week.group(1).toLowerCase(Locale.ROOT) + " weekend"
                    : lower(m);
            if (ctx.reference() == null || !weekend.matcher(phrase).matches()) {
                return Optional.of(m);
            }
            TimexContext.Tense tense = ctx.tenseAround(m.start(), m.end());
            boolean future = phrase.startsWith("next") || tense == TimexContext.Tense.FUTURE
                    || phrase.startsWith("this") && tense != TimexContext.Tense.PAST;
            LocalDate ref = ctx.reference();
            int toSaturday = DayOfWeek.SATURDAY.getValue() - ref.getDayOfWeek().getValue();
            LocalDate saturday = ref.plusDays(future || toSaturday <= 0 ? toSaturday : toSaturday - 7);
            return Optional.of(new TimeMention(m.article(), m.text(), "DATE", TimexUnit.WEEK.date(saturday) + "-WE",
                    m.start(), m.end()));
        }
    },
    /**
     * "The year" and "the fiscal year" name a year-long span, not the calendar year of publication; but "the year" as
     * the subject of a verb in the present or the future ("as the year comes to an end", "the year will close") is the
     * year under way, the reference year ({@code XXXX} when unknown), and so is the year of "later in the year" or
     * "earlier in the year", the year of a possessive ("the year's best song") and the year of a part of it in a clause
     * not set in the past ("rates should stay low for the rest of the year", "toward the end of the year"), and so is
     * the year of a ranking in such a clause ("will name the finest songs and albums of the year"), and the year counted
     * up to now ("the best month of the year so far", "thus far", "to date"); an ordinal ranks too ("his first goal of
     * the year", "the second-highest of the year"). "The year of the rooster" (a sign of the Chinese zodiac, twelve
     * years round) is the year of that sign nearest the reference year: {@code 2017} from 2019 ({@code XXXX} when unknown).
     */
    THE_YEAR {
        private final Set<String> present = Set.of("VBZ", "MD");
        /** Parts of a year that, before "of the year" in a clause not set in the past, name the year under way. */
        private final Set<String> parts = Set.of("rest", "remainder", "balance", "end", "close", "start", "beginning",
                "middle");
        /** How many words of a noun phrase before "of the year" are searched for its superlative. */
        private static final int RANKED_REACH = 5;
        private final Pattern soFar = Pattern.compile("(?i)^\\s+(?:so far|thus far|to date)\\b");
        /** The signs of the Chinese zodiac in their order, from the rat. */
        private final List<String> signs = List.of("rat", "ox", "tiger", "rabbit", "dragon", "snake", "horse", "goat",
                "monkey", "rooster", "dog", "pig");
        private final Pattern zodiac = Pattern.compile("(?i)^\\s+of\\s+the\\s+(" + String.join("|", signs) + ")\\b");
        private final Pattern ordinal = Pattern.compile("first|second|third|fourth|fifth|last|final|[a-z]+-[a-z]+est");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            if (!lower(m).matches("the (?:fiscal )?year")) {
                return Optional.of(m);
            }
            Matcher sign = zodiac.matcher(ctx.annotation().text().substring(m.end()));
            if (lower(m).equals("the year") && sign.lookingAt()) {
                return Optional.of(dated(m, ctx.reference() == null ? "XXXX" : Integer.toString(zodiacYear(
                        signs.indexOf(sign.group(1).toLowerCase(Locale.ROOT)), ctx.reference().getYear()))));
            }
            Token after = ctx.tokenAfter(m.end());
            Token in = ctx.tokenBefore(m.start());
            Token side = in == null ? null : ctx.tokenBefore(in.start());
            boolean underWay = after != null && (present.contains(after.pos()) || after.pos().equals("POS"))
                    || in != null && in.word().equals("in")
                    && side != null && side.word().toLowerCase(Locale.ROOT).matches("later|earlier")
                    || in != null && in.word().equals("of") && side != null && parts.contains(side.word().toLowerCase(Locale.ROOT))
                    && ctx.tenseAround(m.start(), m.end()) != TimexContext.Tense.PAST
                    || in != null && in.word().equals("of") && ranked(in, ctx)
                    && ctx.tenseAround(m.start(), m.end()) != TimexContext.Tense.PAST
                    || soFar.matcher(ctx.annotation().text().substring(m.end())).lookingAt();
            if (lower(m).equals("the year") && underWay) {
                return Optional.of(dated(m, ctx.reference() == null ? "XXXX" : Integer.toString(ctx.reference().getYear())));
            }
            return Optional.of(new TimeMention(m.article(), m.text(), "DURATION", "P1Y", m.start(), m.end()));
        }

        /** The year of the zodiac sign at {@code sign} in {@code signs} nearest to {@code year}. */
        private int zodiacYear(int sign, int year) {
            int back = Math.floorMod(year - ZODIAC_RAT - sign, signs.size());
            return back <= signs.size() / 2 ? year - back : year - back + signs.size();
        }

        /** Whether a superlative or an ordinal opens the noun phrase before {@code of} ("the finest songs and albums"). */
        private boolean ranked(Token of, TimexContext ctx) {
            Token t = ctx.tokenBefore(of.start());
            for (int steps = 0; t != null && steps < RANKED_REACH; steps++, t = ctx.tokenBefore(t.start())) {
                if (t.pos().equals("JJS") || t.pos().equals("RBS")
                        || ordinal.matcher(t.word().toLowerCase(Locale.ROOT)).matches()) {
                    return true;
                }
                if (!t.pos().startsWith("NN") && !t.pos().startsWith("JJ") && !t.pos().equals("CC")) {
                    return false;
                }
            }
            return false;
        }
    },
    /**
     * A month or a day of a month without a year ("in July", "on Dec. 2") is the last one (the reference
     * month counting) in a past-tense clause or after a participle of a done act in a present one ("the plan appears
     * close to one announced in March"), the coming one in a future-tense clause, and otherwise (and in a past-tense
     * clause when it dates a plan: "it came two weeks before the scheduled end of the curfew on July 26") the
     * last one if it lies up to seven months back, else the coming one; "last April" is always the one before, "next April"
     * the one after, "this April" the one of the reference year. Whatever the tense, a day of a month that lies within
     * {@link #NEAR_DAYS} of the reference date is that one, as news writes the year of any other ("a talk set for
     * Jan. 9" in a page of 3 January is this January's; "a Dec. 8 flight" told as to come in a page of 27 December,
     * written before its stamp, is this December's, not the next).
     */
    MONTH_WITHOUT_YEAR {
        private final Pattern month = Pattern.compile("^(?:(?:early|late|mid|last|next|this)[ -])?([a-z]{3,9})\\.?"
                + "(?: (\\d{1,2})(?:st|nd|rd|th)?)?$");
        private final Pattern dayOfMonth = Pattern.compile("^(?:the )?(\\d{1,2})(?:st|nd|rd|th)? of ([a-z]{3,9})$");
        /** A date that opens a line and is followed by a dash or colon: an entry of a list. */
        private final Pattern entry = Pattern.compile("^\\h*[-–—:]");
        private final Pattern dated = Pattern.compile("^(\\d{4})(-\\d\\d(?:-\\d\\d)?)$");
        /** News reports more of the past than of the future: up to seven months back beats five ahead (tuned on TBAQ). */
        private static final int PAST_MONTHS = 7;

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            Matcher t = month.matcher(lower(m));
            Matcher o = dayOfMonth.matcher(lower(m));
            Matcher v = m.value() == null ? null : dated.matcher(m.value());
            Optional<Month> named = t.matches() ? monthNamed(t.group(1)) : o.matches() ? monthNamed(o.group(2))
                    : Optional.empty();
            if (ctx.reference() == null || named.isEmpty() || v == null || !v.matches()) {
                return Optional.of(m);
            }
            LocalDate ref = ctx.reference();
            String dayText = t.matches() ? t.group(2) : o.group(1);
            int day = dayText == null ? 0 : Integer.parseInt(dayText);
            int here = named.get().getValue() * 100 + day;
            int now = ref.getMonthValue() * 100 + (day == 0 ? 0 : ref.getDayOfMonth());
            String text = lower(m);
            int year;
            if (text.startsWith("last")) {
                year = here < now ? ref.getYear() : ref.getYear() - 1;
            } else if (text.startsWith("next")) {
                year = here > now ? ref.getYear() : ref.getYear() + 1;
            } else if (text.startsWith("this")) {
                year = ref.getYear();
            } else {
                TimexContext.Tense tense = listEntry(m, ctx) ? TimexContext.Tense.FUTURE : ctx.tenseAround(m.start(), m.end());
                tense = tense == TimexContext.Tense.PRESENT && ctx.afterPastParticiple(m.start()) ? TimexContext.Tense.PAST : tense;
                tense = tense == TimexContext.Tense.PAST && ctx.afterScheduleWord(m.start()) ? TimexContext.Tense.PRESENT : tense;
                int monthsBack = Math.floorMod(ref.getMonthValue() - named.get().getValue(), 12);
                if (tense == TimexContext.Tense.PAST) {
                    year = here <= now ? ref.getYear() : ref.getYear() - 1;
                } else if (tense == TimexContext.Tense.FUTURE) {
                    year = here >= now ? ref.getYear() : ref.getYear() + 1;
                } else {
                    year = ref.withDayOfMonth(1).plusMonths(monthsBack <= PAST_MONTHS ? -monthsBack : 12 - monthsBack)
                            .getYear();
                }
                if (day > 0 && day <= named.get().maxLength()) {
                    year = nearYear(MonthDay.of(named.get(), day), ref).orElse(year);
                }
            }
            return Optional.of(withValue(m, year + v.group(2)));
        }

        /** The year in which {@code day} lies within {@link #NEAR_DAYS} of {@code ref}, if any. */
        private OptionalInt nearYear(MonthDay day, LocalDate ref) {
            for (int shift = -1; shift <= 1; shift++) {
                LocalDate candidate = day.atYear(ref.getYear() + shift);
                if (Math.abs(candidate.toEpochDay() - ref.toEpochDay()) <= NEAR_DAYS) {
                    return OptionalInt.of(candidate.getYear());
                }
            }
            return OptionalInt.empty();
        }

        /**
         * Whether the date opens a line of a list ("June 9 -- Arena, City") whose line holds no tensed verb: a
         * schedule of dates to come (a tour, a festival), where a timeline of what happened tells it with a verb.
         */
        private boolean listEntry(TimeMention m, TimexContext ctx) {
            String text = ctx.annotation().text();
            int lineStart = text.lastIndexOf('\n', Math.max(0, m.start() - 1)) + 1;
            return text.substring(lineStart, m.start()).isBlank() && entry.matcher(text.substring(m.end())).lookingAt()
                    && !ctx.lineHasTensedVerb(m.start());
        }

        private Optional<Month> monthNamed(String word) {
            for (Month candidate : Month.values()) {
                String full = candidate.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
                if (full.startsWith(word)) {
                    return Optional.of(candidate);
                }
            }
            return Optional.empty();
        }
    },
    /**
     * A bare season SUTime put in the reference year ("during the summer") is the one before in a past-tense clause when
     * it would begin after the reference month ("he began thinking of it during the summer", told in January: the summer
     * before), and the one after in a future-tense clause when it would have ended before the reference month ("the
     * ferry will run again in the spring", told in October); so is a season right after a word of a plan ("the proposed
     * summer launch", "the planned spring tour", told in December). A season already under way stays in the reference year,
     * and so does winter, which spans two years ("2016-WI" reads as the winter that ends in 2016 and the one that begins).
     */
    SEASON_WITHOUT_YEAR {
        private final Pattern value = Pattern.compile("^(\\d{4})-(SP|SU|FA)$");
        private final Pattern bare = Pattern.compile("^(?:the )?(?:spring|summer|fall|autumn)$");
        /** The months a season begins and ends in. */
        private final Map<String, Integer> firstMonth = Map.of("SP", 3, "SU", 6, "FA", 9);
        private final Map<String, Integer> lastMonth = Map.of("SP", 6, "SU", 9, "FA", 12);
        private final Set<String> plans = Set.of("proposed", "planned", "scheduled", "upcoming", "coming");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            Matcher v = m.value() == null ? null : value.matcher(m.value());
            if (ctx.reference() == null || v == null || !v.matches() || !bare.matcher(lower(m)).matches()
                    || Integer.parseInt(v.group(1)) != ctx.reference().getYear()) {
                return Optional.of(m);
            }
            int month = ctx.reference().getMonthValue();
            TimexContext.Tense tense = ctx.tenseAround(m.start(), m.end());
            int year = ctx.reference().getYear();
            if (tense == TimexContext.Tense.PAST && firstMonth.get(v.group(2)) > month) {
                year--;
            } else if ((tense == TimexContext.Tense.FUTURE || planned(m, ctx)) && lastMonth.get(v.group(2)) < month) {
                year++;
            }
            return Optional.of(withValue(m, year + "-" + v.group(2)));
        }

        private boolean planned(TimeMention m, TimexContext ctx) {
            Token before = ctx.tokenBefore(m.start());
            return before != null && plans.contains(before.word().toLowerCase(Locale.ROOT));
        }
    },
    /**
     * "Today" as nowadays is the present, {@code PRESENT_REF}: after a present verb that goes on ("still leaves her
     * angry today", "continues to suffer from smog today"), where the news "today" of a report ("the minister said
     * today", "the talks continue today") keeps the reference date. So is "today's" before a noun of an era or a
     * society ({@code era} in timex-senses.tsv, adjectives may stand between: "today's music", "today's restless
     * teenagers") or before a place's name that heads its phrase ("today's Hollywood", "today's Russia"), where "today's
     * meeting", "today's big game", "today's Lorvik derby" keep the day; and so is "today" right after a present
     * verb of a lasting state ({@code state} in timex-senses.tsv: "the consoles that exist today", "the galaxies we
     * observe today"), where "the talks resume today" keeps the day; and so is "today" closing a clause of what its
     * subject has become, a pronoun and a present "be" with no complement after a wh-word, "as" or a noun, a
     * prepositional phrase between ("where I am in my career today", "as it is today", "the player she is today"),
     * where "the vote is today" and "where the talks are today" keep the day.
     */
    NOWADAYS_TODAY {
        private final Set<String> stateOpeners = Set.of("where", "what", "who", "how", "as");
        /** How many words may stand between a closing "today" and the present "be" before it ("where I am in my career today"). */
        private static final int STATE_REACH = 5;

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            if (!lower(m).equals("today") || !ctx.goesOnBefore(m.start()) && !beforeEraNoun(m, ctx)
                    && !afterStateVerb(m, ctx) && !closesStateOfBe(m, ctx)) {
                return Optional.of(m);
            }
            return Optional.of(dated(m, "PRESENT_REF"));
        }

        private boolean closesStateOfBe(TimeMention m, TimexContext ctx) {
            List<Token> tokens = ctx.sentenceTokens(m.start());
            int be = tokens.size() - 1;
            while (be >= 0 && tokens.get(be).end() > m.start()) {
                be--;
            }
            int last = be;
            while (be >= 0 && !TimexContext.BE.contains(tokens.get(be).word().toLowerCase(Locale.ROOT).replace('’', '\''))) {
                if (tokens.get(be).pos().matches("VB.*|MD|WDT|WP|WRB|,") || last - be >= STATE_REACH) {
                    return false;
                }
                be--;
            }
            boolean bare = be == last || be >= 0 && tokens.get(be + 1).pos().equals("IN");
            if (be < 2 || !bare || !tokens.get(be).pos().matches("VBP|VBZ") || !tokens.get(be - 1).pos().equals("PRP")) {
                return false;
            }
            Token opener = tokens.get(be - 2);
            return stateOpeners.contains(opener.word().toLowerCase(Locale.ROOT)) || opener.pos().startsWith("NN");
        }

        private boolean afterStateVerb(TimeMention m, TimexContext ctx) {
            Token verb = ctx.tokenBefore(m.start());
            return verb != null && (verb.pos().equals("VBP") || verb.pos().equals("VBZ"))
                    && Senses.BY_TAG.get("state").contains(verb.lemma().toLowerCase(Locale.ROOT));
        }

        private boolean beforeEraNoun(TimeMention m, TimexContext ctx) {
            Token possessive = ctx.tokenAfter(m.end());
            if (possessive == null || possessive.start() != m.end() || !possessive.pos().equals("POS")) {
                return false;
            }
            Token noun = ctx.tokenAfter(possessive.end());
            while (noun != null && noun.pos().startsWith("JJ")) {
                noun = ctx.tokenAfter(noun.end());
            }
            if (noun == null) {
                return false;
            }
            Token next = ctx.tokenAfter(noun.end());
            while (next != null && PartyCoding.PLACE_TYPES.contains(noun.ner()) && next.ner().equals(noun.ner())) {
                next = ctx.tokenAfter(next.end());
            }
            boolean placeHead = PartyCoding.PLACE_TYPES.contains(noun.ner())
                    && (next == null || !next.pos().startsWith("NN"));
            return placeHead || Senses.BY_TAG.get("era").contains(noun.word().toLowerCase(Locale.ROOT));
        }
    },
    /**
     * A feast without a year ("New Year's Eve", "Christmas", "Thanksgiving", "10:15 a.m. on Halloween") is the
     * occurrence nearest the reference date when that lies within {@link #FEAST_DAYS} of it (New Year's Eve in an
     * article of 1 January is the day before, whatever the tense); otherwise, in a past-tense clause or after "last",
     * the last occurrence before the reference date, in a future-tense clause or after "next" the first after it, and
     * in any other clause the nearest. Thanksgiving is the fourth Thursday of November of its year.
     */
    NAMED_DAY_WITHOUT_YEAR {
        private final Pattern dated = Pattern.compile("^(\\d{4})-(\\d\\d)-(\\d\\d)(T.*)?$");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            Matcher v = m.value() == null ? null : dated.matcher(m.value());
            String text = lower(m).replace('’', '\'');
            if (ctx.reference() == null || v == null || !v.matches() || m.text().matches(".*\\d{4}.*")
                    || !TimeExtractor.FEAST.matcher(text).find()) {
                return Optional.of(m);
            }
            LocalDate ref = ctx.reference();
            LocalDate given = LocalDate.of(Integer.parseInt(v.group(1)), Integer.parseInt(v.group(2)),
                    Integer.parseInt(v.group(3)));
            TimexContext.Tense tense = text.startsWith("last ") ? TimexContext.Tense.PAST
                    : text.startsWith("next ") ? TimexContext.Tense.FUTURE : ctx.tenseAround(m.start(), m.end());
            LocalDate chosen = null;
            LocalDate nearest = null;
            for (int shift = -1; shift <= 1; shift++) {
                LocalDate candidate = text.contains("thanksgiving") ? thanksgiving(ref.getYear() + shift)
                        : given.withYear(ref.getYear() + shift);
                boolean fits = tense == TimexContext.Tense.PAST ? !candidate.isAfter(ref)
                        : tense != TimexContext.Tense.FUTURE || !candidate.isBefore(ref);
                if (fits && (chosen == null || daysApart(candidate, ref) < daysApart(chosen, ref))) {
                    chosen = candidate;
                }
                if (nearest == null || daysApart(candidate, ref) < daysApart(nearest, ref)) {
                    nearest = candidate;
                }
            }
            chosen = daysApart(nearest, ref) <= FEAST_DAYS ? nearest : chosen;
            return Optional.of(withValue(m, chosen + (v.group(4) == null ? "" : v.group(4))));
        }

        private long daysApart(LocalDate a, LocalDate b) {
            return Math.abs(a.toEpochDay() - b.toEpochDay());
        }

        private LocalDate thanksgiving(int year) {
            return LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
        }
    },
    /**
     * A duration counted in millions or billions ("13.8 billion years", "4.5 million years") is that many units:
     * {@code P13800000000Y}, which SUTime's integer overflows.
     */
    LARGE_COUNT {
        private final Pattern large = Pattern.compile("^(?:(?:about|some|nearly|almost|more than|over|roughly) )?"
                + "(\\d+(?:\\.\\d+)?) (thousand|million|billion|trillion) ([a-z]+)$");
        private final Map<String, BigDecimal> scales = Map.of("thousand", BigDecimal.TEN.pow(3),
                "million", BigDecimal.TEN.pow(6), "billion", BigDecimal.TEN.pow(9), "trillion", BigDecimal.TEN.pow(12));

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            Matcher l = large.matcher(lower(m));
            Optional<TimexUnit> unit = l.matches() ? TimexUnit.of(l.group(3)) : Optional.empty();
            if (unit.isEmpty() || unit.get().isClock()) {
                return Optional.of(m);
            }
            String one = unit.get().duration(1);
            BigDecimal count = new BigDecimal(l.group(1)).multiply(scales.get(l.group(2)))
                    .multiply(new BigDecimal(one.replaceAll("\\D", "")));
            return Optional.of(new TimeMention(m.article(), m.text(), "DURATION",
                    "P" + count.stripTrailingZeros().toPlainString() + one.replaceAll("[P\\d]", ""), m.start(), m.end()));
        }
    },
    /**
     * A range of counts of one unit, "24-48 hours", "two to three weeks" or "one-to-seven days", of which SUTime marks only the unit or the
     * upper count ({@code PXH}, {@code P3W}), or "between eight and 10 seconds": TimeML has no value for a range, and TempEval-3 marks it whole with its
     * lower bound (and a modifier "or more" that the record does not carry), so the extent takes in the range and the
     * value is the lower count: {@code PT24H}, {@code P2W}. A range inside a longer extent keeps that extent and takes
     * the lower count too ("the next two to three years" {@code P2Y}).
     */
    COUNT_RANGE {
        private final Pattern range = Pattern.compile("(?:^|\\s)(?:between\\s([\\w]+)\\sand|([\\w]+)\\s?(?:-to-|[-\u2013]|\\s(?:to|or)\\s))"
                + "\\s?([\\w]+) ([a-z]+)$");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            String text = ctx.annotation().text();
            int from = Math.max(0, m.start() - RANGE_REACH);
            Matcher r = range.matcher(text.substring(from, m.end()).toLowerCase(Locale.ROOT));
            if (!r.find()) {
                return Optional.of(m);
            }
            int lowGroup = r.group(1) != null ? 1 : 2;
            OptionalInt low = TimexNumbers.parse(r.group(lowGroup));
            OptionalInt high = TimexNumbers.parse(r.group(3));
            Optional<TimexUnit> unit = TimexUnit.of(r.group(4));
            if (low.isEmpty() || high.isEmpty() || low.getAsInt() >= high.getAsInt() || unit.isEmpty()
                    || !r.group(4).endsWith("s")) {
                return Optional.of(m);
            }
            int start = Math.min(m.start(), from + r.start(lowGroup));
            return Optional.of(new TimeMention(m.article(), text.substring(start, m.end()), "DURATION",
                    unit.get().duration(low.getAsInt()), start, m.end()));
        }
    },
    /**
     * A count with a fraction, whose fraction SUTime drops or whose "half" it leaves out of the extent: "3.5 seconds" is
     * {@code PT3.5S} (not {@code PT3S}), "half an hour" {@code PT30M} (not the {@code PT1H} of "an hour"), "two and a
     * half years" {@code P2Y6M} and "an hour and a half" {@code PT1H30M}. A "half" just before an expression of one unit
     * ("an hour") is taken into its extent.
     */
    FRACTIONAL_AMOUNT {
        private static final String APPROX = "^((?:about|some|nearly|almost|more than|less than|over|roughly|under) )?";
        private final Pattern decimal = Pattern.compile(APPROX + "(\\d+\\.\\d+) ([a-z]+)$");
        private final Pattern half = Pattern.compile(APPROX + "(?:half an? ([a-z]+)"
                + "|([\\w]+)[ -]and[ -]a[ -]half ([a-z]+)|(an?|[\\w]+) ([a-z]+) and a half)$");
        private final Pattern oneUnit = Pattern.compile("^an? [a-z]+$");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            Token before = ctx.tokenBefore(m.start());
            TimeMention whole = oneUnit.matcher(lower(m)).matches() && before != null
                    && before.word().equalsIgnoreCase("half") ? new TimeMention(m.article(),
                    ctx.annotation().text().substring(before.start(), m.end()), m.type(), m.value(), before.start(), m.end())
                    : m;
            Matcher d = decimal.matcher(lower(whole));
            Matcher h = half.matcher(lower(whole));
            BigDecimal count;
            String unitWord;
            if (d.matches()) {
                count = new BigDecimal(d.group(2));
                unitWord = d.group(3);
            } else if (h.matches()) {
                String countWord = h.group(2) != null ? "0" : h.group(3) != null ? h.group(3) : h.group(5);
                OptionalInt n = countWord.matches("an?") ? OptionalInt.of(1) : TimexNumbers.parse(countWord);
                if (n.isEmpty()) {
                    return Optional.of(m);
                }
                count = BigDecimal.valueOf(n.getAsInt()).add(new BigDecimal("0.5"));
                unitWord = h.group(2) != null ? h.group(2) : h.group(3) != null ? h.group(4) : h.group(6);
            } else {
                return Optional.of(m);
            }
            Optional<TimexUnit> unit = TimexUnit.of(unitWord);
            return unit.isEmpty() ? Optional.of(m) : Optional.of(new TimeMention(whole.article(), whole.text(), "DURATION",
                    unit.get().duration(count), whole.start(), whole.end()));
        }
    },
    /** Durations SUTime found but left without value ("more than four hours", "eight trading days"). */
    DURATION_WITHOUT_VALUE {
        private final Pattern amount = Pattern.compile("\\b([\\w-]+) (?:(?:more|trading|business|calendar|full) )?"
                + "(seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|centuries|century)\\b");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            Matcher a = amount.matcher(lower(m));
            if (m.value() != null || !a.find()) {
                return Optional.of(m);
            }
            OptionalInt n = TimexNumbers.parse(a.group(1));
            TimexUnit unit = TimexUnit.of(a.group(2)).orElseThrow();
            return Optional.of(new TimeMention(m.article(), m.text(), "DURATION",
                    unit.duration(n.isPresent() ? n.getAsInt() : null), m.start(), m.end()));
        }
    },
    /**
     * SUTime takes a "before" after a date into it, right for "the Tuesday before" (the one before the story's day), but
     * when a word follows, "before" is the preposition of the verb: "to testify on Tuesday before a committee" has the
     * time "Tuesday". Only the extent changes (the value is SUTime's, as the rules before left it), so it runs after the
     * value rules; durations keep their "before" ("two weeks before the vote").
     */
    PREPOSITION_BEFORE {
        private final Pattern before = Pattern.compile("(?i)\\s+before$");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            Matcher b = before.matcher(m.text());
            Token after = ctx.tokenAfter(m.end());
            if ("DURATION".equals(m.type()) || !b.find() || after == null
                    || !Character.isLetterOrDigit(after.word().codePointAt(0))) {
                return Optional.of(m);
            }
            return Optional.of(new TimeMention(m.article(), m.text().substring(0, b.start()), m.type(), m.value(),
                    m.start(), m.start() + b.start()));
        }
    },
    /**
     * TimeML leaves approximators and the article of a vague plural out of the extent: "about five
     * hours" is marked "five hours", "the weeks before" "weeks". Runs last, after the value rules have
     * read the full text.
     */
    EXTENT {
        private final Pattern outside = Pattern.compile("^(?i)(?:about|the(?= (?:days|weeks|months|years)$))\\s+");

        @Override
        Optional<TimeMention> apply(TimeMention m, TimexContext ctx) {
            Matcher o = outside.matcher(m.text());
            if (!o.lookingAt() || o.end() == m.text().length()) {
                return Optional.of(m);
            }
            return Optional.of(new TimeMention(m.article(), m.text().substring(o.end()), m.type(), m.value(),
                    m.start() + o.end(), m.end()));
        }
    };

    /** The word lists of timex-senses.tsv, by tag (a holder: enum constants cannot read the enum's own statics). */
    private static final class Senses {
        static final Map<String, Set<String>> BY_TAG = TsvResource.wordsByTag(TimexRule.class, "timex-senses.tsv",
                Set.of("lowercase", "colour", "weekday-name", "maker", "award", "model", "era", "state"));
    }

    /** A year of the rat. */
    private static final int ZODIAC_RAT = 2020;
    /** A clock time of twelve hours as written before or after a weekday: "10 p.m.", "9:30am". */
    private static final String CLOCK = "\\d{1,2}(?:[:.]\\d\\d)?\\s?[ap]\\.?m\\.?";
    /** How many years after the reference date a bare four-digit number is still read as a year. */
    private static final int FAR_YEARS = 100;
    /** The most words before the "now" of a call to action ("See it now:") on its line. */
    private static final int CALL_TO_ACTION_WORDS = 3;
    /** How near the reference date (in days) a feast is the nearest occurrence whatever the tense of its clause. */
    private static final int FEAST_DAYS = 7;
    /** How near the reference date a day of a month is taken in its own year whatever the tense, in days. */
    private static final int NEAR_DAYS = 45;
    /** How far before a number (in characters) the code of capitals of a product model is looked for. */
    private static final int CODE_REACH = 7;
    /** How far before an expression (in characters) the lower count of a range is looked for. */
    private static final int RANGE_REACH = 20;
    /** The most words of the label that opens a photo caption ("Sad day:"). */
    private static final int CAPTION_LABEL_WORDS = 3;
    /** The most words of the subject of a clause that names its day ("the night the Lorvik Owls won"). */
    private static final int CLAUSE_SUBJECT_WORDS = 4;
    /** The longest line read as a newsletter sign-up. */
    private static final int SIGN_UP_LINE = 160;
    /** The shortest line read as a list of tags. */
    private static final int TAG_LINE = 200;
    /** The fewest years on a line read as a list of tags. */
    private static final int TAG_YEARS = 5;
    /** A list of tags has fewer than one word in this many beginning lower case. */
    private static final int TAG_LOWER_SHARE = 3;
    /** The longest line read as opening hours. */
    private static final int SCHEDULE_LINE = 80;
    /** How far a clock time may lie after publication and still be past on the publication day (updates, late stamps). */
    private static final int MARGIN_HOURS = 2;
    /** Before this hour of the publication day, a "tonight" told in the past was written the evening before. */
    private static final int NOON_HOUR = 12;
    /** From this hour of the publication day on, the next day is as near as the publication day itself. */
    private static final int EVENING_HOUR = 17;

    /** The expression after this rule: changed, unchanged, or empty when it is to be dropped. */
    abstract Optional<TimeMention> apply(TimeMention m, TimexContext ctx);

    /**
     * Whether the expression is the end of a title of honour: a unit after "of" and a word that is either capitalised
     * like the unit ("Coach of the Year", "Album of the Month") or, in any case, a person or work so honoured
     * ({@code award} in timex-senses.tsv: "the league's coach of the year", "rookie of the year").
     */
    static boolean award(TimeMention m, TimexContext ctx) {
        String[] words = m.text().strip().split("\\s+");
        String unit = words[words.length - 1];
        if (TimexUnit.of(unit.toLowerCase(Locale.ROOT)).isEmpty()) {
            return false;
        }
        Token of = ctx.tokenBefore(m.start());
        Token title = of == null ? null : ctx.tokenBefore(of.start());
        if (of == null || !of.word().equals("of") || title == null) {
            return false;
        }
        boolean capitalised = Character.isUpperCase(unit.charAt(0)) && Character.isUpperCase(title.word().charAt(0));
        return capitalised || Senses.BY_TAG.get("award").contains(title.word().toLowerCase(Locale.ROOT));
    }

    /** The line of {@code text} that holds {@code m}, without its line breaks. */
    static String lineOf(String text, TimeMention m) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, m.start() - 1)) + 1;
        int lineEnd = text.indexOf('\n', m.end());
        return text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
    }

    /** The TIMEX3 code of a part of the day ("night": {@code TNI}), or null for any other word. */
    static String partOfDay(String word) {
        return switch (word) {
            case "morning" -> "TMO";
            case "afternoon" -> "TAF";
            case "evening" -> "TEV";
            case "night" -> "TNI";
            default -> null;
        };
    }

    static String lower(TimeMention m) {
        return m.text().toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    static TimeMention dated(TimeMention m, String value) {
        return new TimeMention(m.article(), m.text(), "DATE", value, m.start(), m.end());
    }

    static TimeMention withValue(TimeMention m, String value) {
        return new TimeMention(m.article(), m.text(), m.type(), value, m.start(), m.end());
    }
}
